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

export interface RateFigure {
  kind: "rate";
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
): RateFigure => ({
  kind: "rate",
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
];

export const FIGURE_BY_ID = new Map(FIGURES.map((f) => [f.id, f]));
export const COUNT_IDS = FIGURES.filter((f): f is CountFigure => f.kind === "count").map((f) => f.id);

export type Counts = Record<string, number>;

/** Sums counts item by item (the roll-up): rates are never summed. */
export function addCounts(into: Counts, from: Counts): Counts {
  for (const id of COUNT_IDS) into[id] = (into[id] ?? 0) + (from[id] ?? 0);
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
