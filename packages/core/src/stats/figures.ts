import type { Tier } from "../chains/schema.ts";

/**
 * The one definition of every figure: its name, labels, and how it is counted. Live statistics,
 * frozen reports, exports and the web read these; a figure means the same everywhere.
 * Counts are stored per unit and quarter and summed up the unit tree; a rate is always computed
 * from the summed counts, never by averaging rates.
 */
export interface CountFigure {
  kind: "count";
  id: string;
  zh: string;
  en: string;
  /** How it is counted, for the documentation page and the report's notes. */
  counted: string;
}

/** A fraction of two counts: `rate` shows as a percentage, `mean` as a number (e.g. days). */
export interface RateFigure {
  kind: "rate" | "mean";
  id: string;
  zh: string;
  en: string;
  numerator: string;
  denominator: string;
  counted: string;
}

export type Figure = CountFigure | RateFigure;

const count = (id: string, zh: string, en: string, counted: string): CountFigure => ({
  kind: "count",
  id,
  zh,
  en,
  counted,
});
const rate = (
  id: string,
  zh: string,
  en: string,
  numerator: string,
  denominator: string,
  counted: string,
  kind: RateFigure["kind"] = "rate",
): RateFigure => ({
  kind,
  id,
  zh,
  en,
  numerator,
  denominator,
  counted,
});

const TIER_NAMES: Record<Tier, { key: string; zh: string; en: string }> = {
  "committee-delegate": { key: "committee_delegate", zh: "委员联系代表", en: "committee → delegate" },
  "delegate-member": { key: "delegate_member", zh: "代表联系党员", en: "delegate → member" },
  "member-public": { key: "member_public", zh: "党员联系群众", en: "member → public" },
};

/** Figure ids of one tier, so the writers and the recount name the same counters. */
export function tierFigureIds(tier: Tier) {
  const k = TIER_NAMES[tier].key;
  return {
    contacts: `contacts_${k}`,
    assigned: `assigned_${k}`,
    contacted: `contacted_${k}`,
    coverage: `coverage_${k}`,
  };
}

const TIER_LIST: Tier[] = ["committee-delegate", "delegate-member", "member-public"];

/** Opinion figures, counted in the quarter the opinion was received, by its unit. */
export const OPINION_FIGURES = {
  received: "opinions_received",
  public: "opinions_source_public",
  member: "opinions_source_member",
  contact: "opinions_source_contact",
  activity: "opinions_source_activity",
  accepted: "opinions_accepted",
  replied: "opinions_replied",
  replyDays: "opinions_reply_workdays",
  meanReplyDays: "opinions_mean_reply_days",
  closed: "opinions_closed",
  closedOnTime: "opinions_closed_on_time",
  onTimeRate: "opinions_on_time_rate",
  rated: "opinions_rated",
  satisfied: "opinions_satisfied",
  basic: "opinions_basic",
  pleased: "opinions_pleased",
  satisfaction: "opinions_satisfaction",
} as const;

const O = OPINION_FIGURES;
const OPINION_FIGURE_LIST: Figure[] = [
  count(O.received, "收到意见建议数", "Opinions received", "按提交时间所在季度、意见所属单位计;并案、不予受理的也计入"),
  count(O.public, "来源:群众", "Source: public", "公开表单提交、未勾选党员身份的意见数"),
  count(O.member, "来源:党员", "Source: members", "公开表单提交、勾选党员身份的意见数"),
  count(O.contact, "来源:联系活动", "Source: contacts", "登记联系时收集的意见数"),
  count(O.activity, "来源:主题实践活动", "Source: activities", "主题实践活动中收集的意见数"),
  count(O.accepted, "受理数", "Accepted", "已受理的意见数(按收到季度计)"),
  count(O.replied, "已答复数", "Replied", "至少答复过一次的意见数"),
  count(O.replyDays, "答复用时合计(工作日)", "Working days to reply, total", "各意见自提交至首次答复的工作日数之和"),
  rate(
    O.meanReplyDays,
    "平均答复用时(工作日)",
    "Mean working days to reply",
    O.replyDays,
    O.replied,
    "答复用时合计 ÷ 已答复数",
    "mean",
  ),
  count(O.closed, "办结数", "Closed", "已办结的意见数"),
  count(O.closedOnTime, "按期办结数", "Closed on time", "最后一次答复不晚于答复期限(含批准的延期)的办结意见数"),
  rate(O.onTimeRate, "按期办结率", "Closed on time, share", O.closedOnTime, O.closed, "按期办结数 ÷ 办结数"),
  count(O.rated, "参与评价数", "Rated", "办结时有提交人评价的意见数(以最后一次评价为准)"),
  count(O.satisfied, "满意数", "Satisfied", "最后一次评价为满意的意见数"),
  count(O.basic, "基本满意数", "Basically satisfied", "最后一次评价为基本满意的意见数"),
  count(O.pleased, "满意及基本满意数", "Satisfied or basically satisfied", "满意数 + 基本满意数"),
  rate(O.satisfaction, "满意度", "Satisfaction", O.pleased, O.rated, "(满意 + 基本满意) ÷ 参与评价数"),
];

// Themed activities: counted per session, by the unit holding it and its start's quarter.
export const ACTIVITY_FIGURES = {
  held: "activities_held",
  participants: "activity_participants",
} as const;

const ACTIVITY_FIGURE_LIST: Figure[] = [
  count(
    ACTIVITY_FIGURES.held,
    "活动场次",
    "Activity sessions held",
    "主题实践活动场次数,按场次开始时间所在季度、举办单位计;有人签到或已记录成果的场次计入",
  ),
  count(
    ACTIVITY_FIGURES.participants,
    "参与人次",
    "Activity participants",
    "主题实践活动签到人次,按场次开始时间所在季度、举办单位计;同一人在一个场次只计 1 次",
  ),
];
// End of themed activities.

export const FIGURES: Figure[] = [
  ...TIER_LIST.flatMap((tier) => {
    const n = TIER_NAMES[tier];
    const ids = tierFigureIds(tier);
    return [
      count(
        ids.contacts,
        `联系次数(${n.zh})`,
        `Contacts (${n.en})`,
        "联系记录数,按联系时间所在季度、登记人所在单位计;一次联系涉及该层级时计 1 次",
      ),
      count(ids.assigned, `应联系人数(${n.zh})`, `Assigned (${n.en})`, "季度内有联系分工的对象数,按对象所在单位计"),
      count(
        ids.contacted,
        `已联系人数(${n.zh})`,
        `Contacted (${n.en})`,
        "季度内至少被联系一次的对象数,按对象所在单位计",
      ),
      rate(
        ids.coverage,
        `覆盖率(${n.zh})`,
        `Coverage (${n.en})`,
        ids.contacted,
        ids.assigned,
        "已联系人数 ÷ 应联系人数",
      ),
    ];
  }),
  ...OPINION_FIGURE_LIST,
  ...ACTIVITY_FIGURE_LIST,
];

/** Opinion figures also counted per category, stored beside the totals as `<figure>@<category>`. */
export const CATEGORY_COUNT_IDS: readonly string[] = [
  O.received,
  O.accepted,
  O.replied,
  O.replyDays,
  O.closed,
  O.closedOnTime,
  O.rated,
  O.satisfied,
  O.basic,
  O.pleased,
];

export const categoryCountId = (figureId: string, category: string) => `${figureId}@${category}`;

/** Is this a stored counter: a figure's count, or a per-category count of an opinion figure? */
export function isCountKey(key: string): boolean {
  const at = key.indexOf("@");
  if (at < 0) return COUNT_IDS.includes(key);
  return CATEGORY_COUNT_IDS.includes(key.slice(0, at)) && /^[a-z][a-z0-9-]{0,30}$/.test(key.slice(at + 1));
}

/** Does a figure have a per-category breakdown (a count kept per category, or a rate of two)? */
export function isCategoryFigure(id: string): boolean {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) return false;
  if (f.kind === "count") return CATEGORY_COUNT_IDS.includes(f.id);
  return CATEGORY_COUNT_IDS.includes(f.numerator) && CATEGORY_COUNT_IDS.includes(f.denominator);
}

/** The counts of one category, under the plain figure ids (so `evaluate` applies). */
export function countsOfCategory(counts: Counts, category: string): Counts {
  const out = emptyCounts();
  for (const id of CATEGORY_COUNT_IDS) out[id] = counts[categoryCountId(id, category)] ?? 0;
  return out;
}

/** The categories that have any count. */
export function categoriesIn(counts: Counts): string[] {
  const found = new Set<string>();
  for (const [key, n] of Object.entries(counts)) {
    const at = key.indexOf("@");
    if (at > 0 && n !== 0) found.add(key.slice(at + 1));
  }
  return [...found].sort();
}

export const FIGURE_BY_ID = new Map(FIGURES.map((f) => [f.id, f]));
export const COUNT_IDS = FIGURES.filter((f): f is CountFigure => f.kind === "count").map((f) => f.id);

export type Counts = Record<string, number>;

/** Sums counts item by item (the roll-up), per-category counts included: rates are never summed. */
export function addCounts(into: Counts, from: Counts): Counts {
  for (const id of COUNT_IDS) into[id] = (into[id] ?? 0) + (from[id] ?? 0);
  for (const [key, n] of Object.entries(from)) {
    if (key.includes("@")) into[key] = (into[key] ?? 0) + n;
  }
  return into;
}

export const emptyCounts = (): Counts => Object.fromEntries(COUNT_IDS.map((id) => [id, 0]));

/** Every figure's value from summed counts: counts as they are, rates from their summed parts. */
export function evaluate(counts: Counts): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of FIGURES) {
    if (f.kind === "count") out[f.id] = counts[f.id] ?? 0;
    else {
      const d = counts[f.denominator] ?? 0;
      out[f.id] = d === 0 ? null : (counts[f.numerator] ?? 0) / d;
    }
  }
  return out;
}
