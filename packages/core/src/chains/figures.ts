import type { Db } from "../db/client.ts";
import { increment } from "../stats/counters.ts";
import { tierFigureIds } from "../stats/figures.ts";
import { quarterOf, quarterRange, quartersBetween, shanghaiDate, shanghaiMidnight } from "../time/quarter.ts";
import { overlaps } from "./repository.ts";
import type { Assignment } from "./schema.ts";

/** The first and last Shanghai day of a quarter. */
export function quarterDays(quarter: string): { first: string; last: string } {
  const range = quarterRange(quarter);
  return { first: shanghaiDate(range.start), last: shanghaiDate(new Date(Date.parse(range.end) - 1)) };
}

/**
 * New edges that put a target among the "assigned" of a quarter for the first time: +1 on its
 * unit's counter of every quarter the edge covers, from the quarter of its start (an edge may be
 * dated back) up to the current one. A target that already had an edge in a quarter was counted then.
 */
export async function countNewAssignments(
  db: Db,
  existing: readonly Assignment[],
  created: readonly Assignment[],
  now = new Date(),
): Promise<void> {
  const current = quarterOf(now);
  const perUnitQuarter = new Map<string, Record<string, number>>();
  const counted = new Set<string>();
  for (const a of created) {
    for (const quarter of quartersBetween(quarterOf(shanghaiMidnight(a.since)), current)) {
      const { first, last } = quarterDays(quarter);
      const key = `${quarter}#${a.tier}#${a.targetId}`;
      if (!overlaps(a, first, last) || counted.has(key)) continue;
      counted.add(key);
      const before = existing.some((e) => e.tier === a.tier && e.targetId === a.targetId && overlaps(e, first, last));
      if (before) continue;
      const slot = `${a.unitId}|${quarter}`;
      const deltas = perUnitQuarter.get(slot) ?? {};
      const id = tierFigureIds(a.tier).assigned;
      deltas[id] = (deltas[id] ?? 0) + 1;
      perUnitQuarter.set(slot, deltas);
    }
  }
  await Promise.all(
    [...perUnitQuarter].map(([slot, deltas]) => {
      const [unitId = "", quarter = ""] = slot.split("|");
      return increment(db, unitId, quarter, deltas);
    }),
  );
}
