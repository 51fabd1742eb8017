/**
 * Test-only reference implementation of the contact-chain figures: it counts from a plain model
 * of what happened (edges and contacts), by the definitions in packages/core/src/stats/figures.ts,
 * without touching DynamoDB, counters or the services under test.
 */
import { quarterDays, quarterOf, quartersBetween, type Tier, tierFigureIds } from "../../packages/core/src/index.ts";

export interface ModelEdge {
  tier: Tier;
  responsibleId: string;
  targetId: string;
  unitId: string;
  since: string;
  until?: string;
}

export interface ModelContact {
  unitId: string;
  quarter: string;
  targets: { tier: Tier; targetId: string; unitId: string }[];
}

export function referenceCounts(edges: ModelEdge[], contacts: ModelContact[], quarters: string[]) {
  const out = new Map<string, Record<string, number>>();
  const bump = (unitId: string, quarter: string, id: string) => {
    const key = `${unitId}|${quarter}`;
    const counts = out.get(key) ?? {};
    counts[id] = (counts[id] ?? 0) + 1;
    out.set(key, counts);
  };
  for (const quarter of quarters) {
    const { first, last } = quarterDays(quarter);
    const assigned = new Set<string>();
    for (const e of edges) {
      const overlaps = e.since <= last && (e.until === undefined || e.until >= first);
      const key = `${e.tier}#${e.targetId}`;
      if (!overlaps || assigned.has(key)) continue;
      assigned.add(key);
      bump(e.unitId, quarter, tierFigureIds(e.tier).assigned);
    }
    const contacted = new Set<string>();
    for (const c of contacts.filter((c) => c.quarter === quarter)) {
      for (const tier of new Set(c.targets.map((t) => t.tier))) bump(c.unitId, quarter, tierFigureIds(tier).contacts);
      for (const t of c.targets) {
        const key = `${t.tier}#${t.targetId}`;
        if (contacted.has(key)) continue;
        contacted.add(key);
        bump(t.unitId, quarter, tierFigureIds(t.tier).contacted);
      }
    }
  }
  return out;
}

export const quartersAround = (now: Date) =>
  quartersBetween(`${Number(quarterOf(now).slice(0, 4)) - 1}Q1`, quarterOf(now));
