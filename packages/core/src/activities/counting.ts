import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { claimCount, increment } from "../stats/counters.ts";
import { ACTIVITY_FIGURES } from "../stats/figures.ts";
import type { SessionRecord } from "./repository.ts";

/**
 * A session counts as held once: the first of its first check-in and its outcome claims `heldAt`
 * on the session item and adds one to its unit-quarter. A retry finds the claim and adds nothing.
 */
export async function countHeld(db: Db, session: SessionRecord): Promise<void> {
  if (await claimCount(db, keys.activitySession(session.id), "heldAt")) {
    await increment(db, session.unitId, session.quarter, { [ACTIVITY_FIGURES.held]: 1 });
  }
}

/** A check-in counts one participant once: whoever first sets `countedAt` on it adds the count. */
export async function countCheckin(db: Db, session: SessionRecord, personId: string): Promise<void> {
  if (await claimCount(db, keys.checkin(session.id, personId))) {
    await increment(db, session.unitId, session.quarter, { [ACTIVITY_FIGURES.participants]: 1 });
  }
  await countHeld(db, session);
}

/** Marks that a session's outcome exists (the recount's test for "held" beside its check-ins). */
export async function markOutcome(db: Db, session: SessionRecord): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.activitySession(session.id),
      UpdateExpression: "SET hasOutcome = :yes",
      ExpressionAttributeValues: { ":yes": true },
    }),
  );
  await countHeld(db, session);
}
