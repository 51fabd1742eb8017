import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { countWithPrefix, queryEach } from "../db/query.ts";
import { ACTIVITY_FIGURES } from "../stats/figures.ts";

/**
 * Exact activity counts of one unit-quarter from its own records: the sessions it holds in the
 * quarter (one gsi2 partition) and each session's check-ins (a COUNT query of its partition).
 */
export async function recountActivities(db: Db, unitId: string, quarter: string): Promise<Record<string, number>> {
  const sessions: { id: string; hasOutcome: boolean }[] = [];
  await queryEach(
    db,
    {
      TableName: db.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.sessionByUnitQuarter(unitId, quarter, "", "").gsi2pk },
      ProjectionExpression: "id, hasOutcome",
    },
    (item) => sessions.push({ id: String(item.id), hasOutcome: item.hasOutcome === true }),
  );
  let held = 0;
  let participants = 0;
  for (const session of sessions) {
    const checkins = await countWithPrefix(db, keys.activitySession(session.id).pk, "CHECKIN#");
    participants += checkins;
    if (checkins > 0 || session.hasOutcome) held++;
  }
  return { [ACTIVITY_FIGURES.held]: held, [ACTIVITY_FIGURES.participants]: participants };
}
