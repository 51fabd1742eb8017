import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { listUnits } from "../units/repository.ts";
import { mapLimit } from "../util/concurrency.ts";
import { readCounters } from "./counters.ts";
import { COUNT_IDS, isCountKey } from "./figures.ts";
import { recountUnitQuarter } from "./recount.ts";

export interface ReconcileReport {
  quarter: string;
  units: number;
  /** Unit-quarters whose counters were wrong and have been rewritten. */
  repairedUnits: number;
  /** Sum over figures of |counter − recount| before the repair. */
  drift: number;
  /** Per figure, the signed correction applied (recount − counter). */
  corrections: Record<string, number>;
}

/**
 * Recomputes one quarter's exact counts for every unit from the source records and repairs any
 * drift (a crash between a record and its counter update leaves one). The rewrite is conditional
 * on the counter's version, so a live write that lands meanwhile makes this unit recount again.
 */
export async function reconcileQuarter(db: Db, quarter: string): Promise<ReconcileReport> {
  const units = await listUnits(db);
  const report: ReconcileReport = { quarter, units: units.length, repairedUnits: 0, drift: 0, corrections: {} };
  // Units are independent partitions: a few at a time.
  await mapLimit(units, 6, async (unit) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = (await readCounters(db, [{ unitId: unit.id, quarter }], true)).get(`${unit.id}|${quarter}`);
      const exact = await recountUnitQuarter(db, unit.id, quarter);
      // Every figure plus the per-category counts either side knows of.
      const ids = [...new Set([...COUNT_IDS, ...Object.keys(current?.counts ?? {}), ...Object.keys(exact)])].filter(
        isCountKey,
      );
      const wrong = ids.filter((id) => (current?.counts[id] ?? 0) !== (exact[id] ?? 0));
      if (wrong.length === 0) break;
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: keys.counters(unit.id, quarter),
            UpdateExpression: `SET ${ids.map((_, i) => `#f${i} = :n${i}`).join(", ")}, v = :next, unitId = :u, quarter = :q, #type = :type, reconciledAt = :at`,
            ConditionExpression: "attribute_not_exists(v) OR v = :v",
            ExpressionAttributeNames: {
              ...Object.fromEntries(ids.map((id, i) => [`#f${i}`, id])),
              "#type": "type",
            },
            ExpressionAttributeValues: {
              ...Object.fromEntries(ids.map((id, i) => [`:n${i}`, exact[id] ?? 0])),
              ":v": current?.v ?? 0,
              ":next": (current?.v ?? 0) + 1,
              ":u": unit.id,
              ":q": quarter,
              ":type": "counters",
              ":at": new Date().toISOString(),
            },
          }),
        );
      } catch (err) {
        if (err instanceof Error && err.name === "ConditionalCheckFailedException") continue;
        throw err;
      }
      report.repairedUnits++;
      for (const id of wrong) {
        const diff = (exact[id] ?? 0) - (current?.counts[id] ?? 0);
        report.drift += Math.abs(diff);
        report.corrections[id] = (report.corrections[id] ?? 0) + diff;
      }
      break;
    }
  });
  return report;
}
