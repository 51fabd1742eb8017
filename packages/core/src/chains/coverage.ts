import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryEach } from "../db/query.ts";
import { listUnits } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import { quarterDays } from "./figures.ts";
import { assignmentsOfUnit, overlaps } from "./repository.ts";
import { TIERS, type Tier } from "./schema.ts";

export interface TierCoverage {
  tier: Tier;
  /** People (or public groups) with an assignment during the quarter. */
  assigned: number;
  /** Of those, contacted at least once in the quarter. */
  contacted: number;
  /** contacted / assigned, or null when nobody is assigned. */
  rate: number | null;
}

export interface WorkItem {
  tier: Tier;
  unitId: string;
  targetId: string;
  responsibleIds: string[];
  publicGroup?: { description: string; size: number };
}

export interface UnitCoverage {
  unitId: string;
  quarter: string;
  tiers: TierCoverage[];
  /** Assigned but not yet contacted this quarter: the office's worklist. */
  notContacted: WorkItem[];
  /** Items DynamoDB read to answer; depends only on this subtree's own data. */
  itemsRead: number;
}

async function contactedIn(db: Db, unitId: string, quarter: string): Promise<{ ids: Set<string>; scanned: number }> {
  const ids = new Set<string>();
  const scanned = await queryEach(
    db,
    {
      TableName: db.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.coverageMark(unitId, quarter, "", "").pk },
      ProjectionExpression: "sk",
    },
    (item) => ids.add(String(item.sk)),
  );
  return { ids, scanned };
}

/**
 * Coverage of a unit and the units below it for one quarter, per tier. Each unit is read from its
 * own two partitions (its edges in gsi1, its contacted marks for the quarter), so the cost grows
 * with the subtree's own people and never with other units' contacts.
 */
export async function coverageOf(
  db: Db,
  unit: Unit,
  quarter: string,
  options: { subtree?: boolean } = {},
): Promise<UnitCoverage> {
  const { first, last } = quarterDays(quarter);
  const units = options.subtree === false ? [unit] : await listUnits(db, unit.path);
  const counts = new Map<Tier, { assigned: number; contacted: number }>(
    TIERS.map((t) => [t, { assigned: 0, contacted: 0 }]),
  );
  const notContacted: WorkItem[] = [];
  let itemsRead = units.length;
  for (const u of units) {
    const [{ assignments, scanned }, contacted] = await Promise.all([
      assignmentsOfUnit(db, u.id),
      contactedIn(db, u.id, quarter),
    ]);
    itemsRead += scanned + contacted.scanned;
    const targets = new Map<string, WorkItem>();
    for (const a of assignments) {
      if (!overlaps(a, first, last)) continue;
      const key = `${a.tier}#${a.targetId}`;
      const item = targets.get(key) ?? {
        tier: a.tier,
        unitId: u.id,
        targetId: a.targetId,
        responsibleIds: [],
        ...(a.publicGroup ? { publicGroup: a.publicGroup } : {}),
      };
      item.responsibleIds.push(a.responsibleId);
      targets.set(key, item);
    }
    for (const [key, item] of targets) {
      const c = counts.get(item.tier);
      if (!c) continue;
      c.assigned++;
      if (contacted.ids.has(key)) c.contacted++;
      else notContacted.push(item);
    }
  }
  return {
    unitId: unit.id,
    quarter,
    tiers: TIERS.map((tier) => {
      const c = counts.get(tier) ?? { assigned: 0, contacted: 0 };
      return { tier, ...c, rate: c.assigned ? c.contacted / c.assigned : null };
    }),
    notContacted,
    itemsRead,
  };
}
