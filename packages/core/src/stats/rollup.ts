import type { Db } from "../db/client.ts";
import { listUnits } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import { readCounters } from "./counters.ts";
import { addCounts, type Counts, emptyCounts } from "./figures.ts";

export interface RolledUp {
  units: Unit[];
  /** Per unit: its own subtree's counts summed over the period. */
  subtree: Map<string, Counts>;
  /** Per quarter: the whole subtree's counts. */
  byQuarter: Map<string, Counts>;
}

/**
 * Reads one counter item per unit and quarter of a subtree and sums them up the tree. The cost
 * depends on the number of units and quarters, never on how many records made the counts.
 */
export async function rollUp(db: Db, root: Unit, quarters: readonly string[]): Promise<RolledUp> {
  const units = await listUnits(db, root.path);
  const counters = await readCounters(
    db,
    units.flatMap((u) => quarters.map((quarter) => ({ unitId: u.id, quarter }))),
  );
  const subtree = new Map<string, Counts>(units.map((u) => [u.id, emptyCounts()]));
  const byQuarter = new Map<string, Counts>(quarters.map((q) => [q, emptyCounts()]));
  for (const u of units) {
    const ancestors = u.path.split("/").filter((id) => subtree.has(id));
    for (const quarter of quarters) {
      const own = counters.get(`${u.id}|${quarter}`)?.counts ?? {};
      for (const a of ancestors) addCounts(subtree.get(a) ?? emptyCounts(), own);
      addCounts(byQuarter.get(quarter) ?? emptyCounts(), own);
    }
  }
  return { units, subtree, byQuarter };
}
