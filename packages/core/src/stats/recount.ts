import { recountActivities } from "../activities/recount.ts";
import { quarterDays } from "../chains/figures.ts";
import { assignmentsOfUnit, overlaps } from "../chains/repository.ts";
import type { Tier } from "../chains/schema.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryEach } from "../db/query.ts";
import { recountOpinions } from "../opinions/counting.ts";
import { type Counts, emptyCounts, tierFigureIds } from "./figures.ts";

/**
 * Exact counts of one unit-quarter from its source records. It reads only that unit's own
 * partitions (its contacts of the quarter, its coverage marks, its edges), never the table.
 */
export async function recountUnitQuarter(db: Db, unitId: string, quarter: string): Promise<Counts> {
  const counts = emptyCounts();
  const add = (id: string) => {
    counts[id] = (counts[id] ?? 0) + 1;
  };
  await queryEach(
    db,
    {
      TableName: db.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.contactByUnitQuarter(unitId, quarter, "", "").gsi2pk },
      ProjectionExpression: "targets",
    },
    (item) => {
      const tiers = new Set(((item.targets ?? []) as { tier: Tier }[]).map((t) => t.tier));
      for (const tier of tiers) add(tierFigureIds(tier).contacts);
    },
  );
  await queryEach(
    db,
    {
      TableName: db.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.coverageMark(unitId, quarter, "", "").pk },
      ProjectionExpression: "sk",
    },
    (item) => add(tierFigureIds(String(item.sk).split("#")[0] as Tier).contacted),
  );
  const { first, last } = quarterDays(quarter);
  const assigned = new Set<string>();
  for (const a of (await assignmentsOfUnit(db, unitId)).assignments) {
    const key = `${a.tier}#${a.targetId}`;
    if (!overlaps(a, first, last) || assigned.has(key)) continue;
    assigned.add(key);
    add(tierFigureIds(a.tier).assigned);
  }
  await recountOpinions(db, unitId, quarter, counts);
  // Themed activities: the unit's sessions of the quarter and their check-ins.
  Object.assign(counts, await recountActivities(db, unitId, quarter));
  return counts;
}
