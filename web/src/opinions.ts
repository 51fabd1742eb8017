/**
 * The opinion shapes and labels the pages share. The types come from packages/core's zod-only
 * schema module (erased at build time); the answers built in core's views.ts are mirrored here,
 * because views.ts pulls in the database layer. The labels are copied rather than imported so
 * the public form and tracking page stay free of zod; `satisfies` keeps them complete and
 * tests/browser/opinions.test.ts checks they equal core's.
 */
import type {
  HistoryEntry,
  OpinionSource,
  OpinionStatus,
  Rating,
  SourceType,
} from "../../packages/core/src/opinions/schema.ts";
import type { Localized } from "./model.ts";

export type { HistoryEntry, OpinionStatus, Rating, SourceType };

export const OPINION_STATUSES = [
  "submitted",
  "accepted",
  "declined",
  "merged",
  "assigned",
  "signed",
  "replied",
  "redo",
  "closed",
] as const satisfies readonly OpinionStatus[];

export const STATUS_LABELS = {
  submitted: { zh: "已提交", en: "Submitted" },
  accepted: { zh: "已受理", en: "Accepted" },
  declined: { zh: "不予受理", en: "Declined" },
  merged: { zh: "已并案", en: "Merged" },
  assigned: { zh: "已交办", en: "Assigned" },
  signed: { zh: "已签收", en: "Signed for" },
  replied: { zh: "已答复", en: "Replied" },
  redo: { zh: "退回重办", en: "Sent back for redo" },
  closed: { zh: "已办结", en: "Closed" },
} satisfies Record<OpinionStatus, Localized>;

export const RATINGS = ["satisfied", "basic", "unsatisfied"] as const satisfies readonly Rating[];

export const RATING_LABELS = {
  satisfied: { zh: "满意", en: "Satisfied" },
  basic: { zh: "基本满意", en: "Basically satisfied" },
  unsatisfied: { zh: "不满意", en: "Unsatisfied" },
} satisfies Record<Rating, Localized>;

export const SOURCES = ["public", "member", "contact", "activity"] as const satisfies readonly SourceType[];

export const SOURCE_LABELS = {
  public: { zh: "群众", en: "Public" },
  member: { zh: "党员", en: "Party member" },
  contact: { zh: "联系活动", en: "Contact" },
  activity: { zh: "主题实践活动", en: "Themed activity" },
} satisfies Record<SourceType, Localized>;

/** The steps of an opinion's history (HistoryEntry.action), as the timeline names them. */
export const ACTION_LABELS: Record<string, Localized> = {
  submit: { zh: "提交意见", en: "Submitted" },
  accept: { zh: "受理", en: "Accepted" },
  decline: { zh: "不予受理", en: "Declined" },
  merge: { zh: "并案", en: "Merged" },
  assign: { zh: "交办", en: "Assigned" },
  reassign: { zh: "改派", en: "Reassigned" },
  sign: { zh: "签收", en: "Signed for" },
  reply: { zh: "答复", en: "Replied" },
  "extend-request": { zh: "申请延期", en: "Extension requested" },
  "extend-approve": { zh: "同意延期", en: "Extension approved" },
  "extend-refuse": { zh: "不同意延期", en: "Extension refused" },
  return: { zh: "退回交办", en: "Returned as mis-routed" },
  rate: { zh: "评价答复", en: "Rated the reply" },
  redo: { zh: "退回重办", en: "Sent back for redo" },
  close: { zh: "办结", en: "Closed" },
  "auto-close": { zh: "逾期未评价,自动办结", en: "Closed without a rating" },
};

/** Who took a step (HistoryEntry.actor.kind). */
export const ACTOR_LABELS: Record<string, Localized> = {
  public: { zh: "提交人", en: "Submitter" },
  system: { zh: "系统", en: "System" },
  office: { zh: "代表联络办公室", en: "Liaison office" },
  handler: { zh: "承办单位", en: "Handling unit" },
  delegate: { zh: "党代表", en: "Delegate" },
  committee: { zh: "党委委员", en: "Committee member" },
  member: { zh: "党员", en: "Party member" },
  province: { zh: "省委组织部", en: "Provincial department" },
};

/** A label from one of the maps above, or the raw value when the map does not know it. */
export function labelOf(map: Record<string, Localized>, key: string, l: (text: Localized) => string): string {
  const text = map[key];
  return text ? l(text) : key;
}

/** GET /categories (public). */
export interface Category {
  id: string;
  zh: string;
  en: string;
  active: boolean;
}

/** GET /delegates?unit= (public): names masked. */
export interface PublicDelegate {
  id: string;
  label: string;
  unitId: string;
}

/** GET /opinions/track/{code} (core views.ts trackingViewSchema): nothing personal, no internal notes. */
export interface TrackingView {
  trackingCode: string;
  title: string;
  category: string;
  unitId: string;
  status: OpinionStatus;
  createdAt: string;
  history: { at: string; action: string; status: OpinionStatus; text?: string; rating?: Rating }[];
  replies: { at: string; text: string }[];
  canRate: boolean;
  ratingDueAt?: string;
  redoLeft: boolean;
  rating?: Rating;
  /** Merged: where the opinion it joined stands now (its replies are this one's). */
  mergedStatus?: OpinionStatus;
}

/** One row of GET /opinions (core views.ts opinionListItemSchema). */
export interface OpinionListItem {
  id: string;
  title: string;
  category: string;
  unitId: string;
  status: OpinionStatus;
  source: OpinionSource;
  createdAt: string;
  updatedAt: string;
  dueAt?: string;
  overdue: boolean;
  handlerUnitId?: string;
  delegateId?: string;
  extensionPending: boolean;
  redoCount: number;
}

/** GET /opinions/{id} and every workflow step's answer (core views.ts opinionDetailSchema). */
export interface OpinionDetail extends OpinionListItem {
  content: string;
  isMember: boolean;
  acceptDueAt: string;
  replyDueAt?: string;
  ratingDueAt?: string;
  closedAt?: string;
  closedOnTime?: boolean;
  rating?: Rating;
  mergedInto?: string;
  raisedBy?: { name: string; unitId: string };
  extension?: { state: string; workingDays: number; reason: string; requestedAt: string };
  submitter?: { name?: string; phone?: string; memberNo?: string };
  history: HistoryEntry[];
  /** The steps this caller may take now. */
  actions: string[];
}

/** The lists GET /opinions offers: the office's triage, a handler's inbox, the caller's own. */
export type OpinionView = "triage" | "inbox" | "mine";

export const OPINIONS_PATH = "/opinions";
export const NEW_OPINION_PATH = "/opinions/new";
export const TRACK_PATH = "/opinions/track";
export const opinionPath = (id: string) => `${OPINIONS_PATH}/${encodeURIComponent(id)}`;
export const trackPath = (code: string) => `${TRACK_PATH}/${encodeURIComponent(code)}`;

/** Router state for the tracking page: the code the public form just got, for its one-time panel. */
export interface TrackState {
  submitted?: string;
}

/** Router state for an opinion's page: the list's query string, so "back" returns to the same filters. */
export interface ListState {
  listSearch?: string;
}

/** "ABCD2345EFGH" → "ABCD 2345 EFGH": easier to read aloud and copy by hand. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, "$1 ");
}

/** What a person typed or pasted as a code: spaces and dashes dropped, upper case. */
export function cleanCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * "2026-11-27 09:30" in Beijing time, the platform's clock. The public pages use this rather than
 * time.ts, whose quarter helpers come with zod.
 */
export function beijingTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const iso = new Date(ms + BEIJING_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
