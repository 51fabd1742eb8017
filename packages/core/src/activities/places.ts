import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { countWithPrefix } from "../db/query.ts";
import { isConditionFailure } from "./ids.ts";

/** Long enough for a sign-up between taking its place and writing its item to finish. */
const IN_FLIGHT_MS = 1000;

async function placesTaken(db: Db, activityId: string): Promise<number> {
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.activity(activityId),
      ProjectionExpression: "signupCount",
      ConsistentRead: true,
    }),
  );
  return Number(res.Item?.signupCount ?? 0);
}

const signupsHeld = (db: Db, activityId: string) => countWithPrefix(db, keys.activity(activityId).pk, "SIGNUP#");

/**
 * A sign-up takes its place on the activity before writing its item; a crash in between leaves a
 * place held by nobody. When an activity looks full, compare the counter with the sign-ups; if
 * places are still empty a moment later with the counter unchanged (so none was only in flight),
 * give them back. Answers whether any place was freed.
 */
export async function freeLostPlaces(db: Db, activityId: string, waitMs = IN_FLIGHT_MS): Promise<boolean> {
  const counted = await placesTaken(db, activityId);
  if ((await signupsHeld(db, activityId)) >= counted) return false;
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const held = await signupsHeld(db, activityId);
  if (held >= counted) return false;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.activity(activityId),
        UpdateExpression: "SET signupCount = :held",
        ConditionExpression: "signupCount = :counted",
        ExpressionAttributeValues: { ":held": held, ":counted": counted },
      }),
    );
    return true;
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    return false;
  }
}
