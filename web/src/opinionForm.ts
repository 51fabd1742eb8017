import type { OpinionMessages } from "./i18n-opinions.ts";
import type { UnitNode } from "./model.ts";

/** What the public form holds while it is being filled in (all text, as typed). */
export interface OpinionFields {
  county: string;
  town: string;
  category: string;
  title: string;
  content: string;
  delegateId: string;
  name: string;
  phone: string;
  consent: boolean;
  isMember: boolean;
  memberNo: string;
  /** The honeypot: hidden from people, filled in by bots; the server drops what carries it. */
  website: string;
}

export type FieldName = Exclude<keyof OpinionFields, "website">;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const EMPTY_FIELDS: OpinionFields = {
  county: "",
  town: "",
  category: "",
  title: "",
  content: "",
  delegateId: "",
  name: "",
  phone: "",
  consent: false,
  isMember: false,
  memberNo: "",
  website: "",
};

export const TITLE_MAX = 100;
export const CONTENT_MAX = 2000;

/** The server's rules (core opinions/fields.ts) for what the form can check before sending. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;
const MEMBER_NO = /^[A-Za-z0-9-]{4,32}$/;

const normalPhone = (phone: string) => phone.trim().replace(/[\s-]/g, "");

/** The fields with a length limit: the form counts them and says so rather than cutting pasted text. */
const LIMITS: Partial<Record<FieldName, number>> = { title: TITLE_MAX, content: CONTENT_MAX };

/** The length the server checks (after trimming). */
export const charCount = (text: string) => text.trim().length;

/** The message for a field over its limit, shown while typing and again on sending. */
export function lengthError(name: FieldName, value: unknown, m: OpinionMessages): string | undefined {
  const max = LIMITS[name];
  return max !== undefined && typeof value === "string" && charCount(value) > max ? m.tooLong(max) : undefined;
}

/**
 * The mistakes found before sending, in the form's language. The server checks everything again
 * (markup in the title, emoji, names); its per-field answers land on the same fields.
 */
export function checkFields(f: OpinionFields, m: OpinionMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!f.county) errors.county = m.unitRequired;
  if (!f.category) errors.category = m.categoryRequired;
  const title = f.title.trim() ? lengthError("title", f.title, m) : m.titleRequired;
  if (title) errors.title = title;
  const content = f.content.trim() ? lengthError("content", f.content, m) : m.contentRequired;
  if (content) errors.content = content;
  if (f.phone.trim() && !PHONE.test(normalPhone(f.phone))) errors.phone = m.phoneInvalid;
  const memberNo = f.isMember ? f.memberNo.trim() : "";
  // The server keeps a member number under the same consent as a name or phone.
  if ((f.name.trim() || f.phone.trim() || memberNo) && !f.consent) errors.consent = m.consentRequired;
  if (memberNo && !MEMBER_NO.test(memberNo)) errors.memberNo = m.memberNoInvalid;
  return errors;
}

/** The POST /opinions body: empty optional fields are left out, the member number only for members. */
export function submitBody(f: OpinionFields): Record<string, unknown> {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    unitId: f.town || f.county,
    category: f.category,
    title: f.title.trim(),
    content: f.content.trim(),
    delegateId: optional(f.delegateId),
    name: optional(f.name),
    phone: f.phone.trim() ? normalPhone(f.phone) : undefined,
    consent: f.consent,
    isMember: f.isMember,
    memberNo: f.isMember ? optional(f.memberNo) : undefined,
    website: f.website,
  };
}

/** The form field an API field path belongs to (unitId is the county and town pickers). */
export function fieldOf(path: string): FieldName | undefined {
  const first = path.split(".")[0];
  if (first === "unitId") return "county";
  const known: FieldName[] = ["category", "title", "content", "delegateId", "name", "phone", "consent", "memberNo"];
  return known.find((name) => name === first);
}

export interface PlaceGroup {
  /** The unit the places sit under (a city for counties), when there is one. */
  parent: string | undefined;
  places: UnitNode[];
}

/**
 * The first level of the form's place picker, grouped by parent in tree order: every county, and
 * every pilot unit wherever it sits (opinions go to county-level-and-below units or pilot units).
 */
export function placeGroups(units: UnitNode[]): PlaceGroup[] {
  const groups: PlaceGroup[] = [];
  const visit = (nodes: UnitNode[], parent: UnitNode | undefined, belowCounty: boolean) => {
    const places = nodes.filter((n) => n.pilot || (!belowCounty && n.level === "county"));
    if (places.length > 0) groups.push({ parent: parent?.name, places });
    for (const node of nodes) visit(node.children, node, belowCounty || node.level === "county");
  };
  visit(units, undefined, false);
  return groups;
}

/** The towns (乡镇街道) directly under a first-level place. */
export function townsOf(place: UnitNode | undefined): UnitNode[] {
  return place ? place.children.filter((n) => n.level === "town") : [];
}
