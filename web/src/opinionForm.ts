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

/**
 * The mistakes found before sending, in the form's language. The server checks everything again
 * (markup in the title, emoji, names); its per-field answers land on the same fields.
 */
export function checkFields(f: OpinionFields, m: OpinionMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!f.county) errors.county = m.unitRequired;
  if (!f.category) errors.category = m.categoryRequired;
  if (!f.title.trim()) errors.title = m.titleRequired;
  else if (f.title.trim().length > TITLE_MAX) errors.title = m.tooLong(TITLE_MAX);
  if (!f.content.trim()) errors.content = m.contentRequired;
  else if (f.content.trim().length > CONTENT_MAX) errors.content = m.tooLong(CONTENT_MAX);
  if (f.phone.trim() && !PHONE.test(normalPhone(f.phone))) errors.phone = m.phoneInvalid;
  if ((f.name.trim() || f.phone.trim()) && !f.consent) errors.consent = m.consentRequired;
  if (f.isMember && f.memberNo.trim() && !MEMBER_NO.test(f.memberNo.trim())) errors.memberNo = m.memberNoInvalid;
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

export interface CountyGroup {
  /** The city the counties sit under, when there is one. */
  city: string | undefined;
  counties: UnitNode[];
}

/** The counties of the unit tree, grouped by city, in tree order. */
export function countyGroups(units: UnitNode[]): CountyGroup[] {
  const groups: CountyGroup[] = [];
  const visit = (nodes: UnitNode[], parent: UnitNode | undefined) => {
    const counties = nodes.filter((n) => n.level === "county");
    if (counties.length > 0) groups.push({ city: parent?.name, counties });
    for (const node of nodes) if (node.level !== "county") visit(node.children, node);
  };
  visit(units, undefined);
  return groups;
}

/** The towns (乡镇街道) directly under a county. */
export function townsOf(county: UnitNode | undefined): UnitNode[] {
  return county ? county.children.filter((n) => n.level === "town") : [];
}
