import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import type { PhotoStore } from "../files/photo-store.ts";
import { errors } from "../http/errors.ts";
import type { OutcomeView } from "./api-schemas.ts";
import { requireOrganiser } from "./audience.ts";
import { markOutcome } from "./counting.ts";
import { isConditionFailure } from "./ids.ts";
import { requireActivity, requireSessionOf } from "./lookup.ts";
import { raiseActivityOpinion } from "./opinions-link.ts";
import { acceptPhotos, photoViews } from "./photos.ts";
import { getOutcome } from "./repository.ts";
import type { Outcome, OutcomeInput } from "./schema.ts";

/** Reserves `n` opinion indexes on the activity (unique across its sessions); returns the first. */
async function reserveIndexes(db: Db, activityId: string, n: number): Promise<number> {
  if (n === 0) return 0;
  const res = await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.activity(activityId),
      UpdateExpression: "ADD opinionSeq :n",
      ExpressionAttributeValues: { ":n": n },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return Number(res.Attributes?.opinionSeq ?? n) - n;
}

const sameOutcome = (a: Outcome, input: OutcomeInput) =>
  a.summary === input.summary &&
  a.publicReached === input.publicReached &&
  JSON.stringify(a.photoIds) === JSON.stringify(input.photoIds) &&
  JSON.stringify(a.opinions.map((o) => [o.title, o.content, o.category])) ===
    JSON.stringify(input.opinions.map((o) => [o.title, o.content, o.category]));

/**
 * The organiser records a session's outcome once: the summary, the public reached, the photos
 * (checked and moved out of the upload area first) and the opinions raised, each sent into the
 * Opinions pipeline with source {activity, index}. A retry finds the outcome and finishes the
 * follow-ups (photo moves, opinions, figures) without doing any twice.
 */
export async function recordOutcome(
  db: Db,
  store: PhotoStore,
  caller: Caller,
  activityId: string,
  input: OutcomeInput,
  now = new Date(),
): Promise<OutcomeView> {
  const activity = await requireActivity(db, activityId);
  if (activity.status === "draft") {
    throw errors.conflict({ zh: "活动尚未发布", en: "The activity has not been published" });
  }
  const session = await requireSessionOf(db, activityId, input.sessionId);
  await requireOrganiser(db, caller, session);
  let outcome = await getOutcome(db, activityId, session.id);
  if (outcome && !sameOutcome(outcome, input)) {
    throw errors.conflict({ zh: "本场次的活动成果已经记录", en: "This session's outcome has already been recorded" });
  }
  await acceptPhotos(store, activityId, input.photoIds);
  if (!outcome) {
    const first = await reserveIndexes(db, activityId, input.opinions.length);
    const fresh: Outcome = {
      activityId,
      sessionId: session.id,
      unitId: session.unitId,
      summary: input.summary,
      publicReached: input.publicReached,
      photoIds: input.photoIds,
      opinions: input.opinions.map((o, i) => ({ ...o, index: first + i })),
      recordedBy: caller.name,
      recordedAt: now.toISOString(),
    };
    try {
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: { ...keys.activityOutcome(activityId, session.id), type: "activityOutcome", ...fresh },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      outcome = fresh;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      // A concurrent twin got there first: its indexes stand, the ones reserved here go unused.
      outcome = await getOutcome(db, activityId, session.id);
      if (!outcome || !sameOutcome(outcome, input)) {
        throw errors.conflict({
          zh: "本场次的活动成果已经记录",
          en: "This session's outcome has already been recorded",
        });
      }
    }
  }
  const opinions = [];
  for (const [i, o] of outcome.opinions.entries()) {
    if (o.opinionId && o.trackingCode) {
      opinions.push(o);
      continue;
    }
    const raised = await raiseActivityOpinion(db, {
      activityId,
      index: o.index,
      unitId: session.unitId,
      ...(o.category ? { category: o.category } : {}),
      title: o.title,
      content: o.content,
      raisedBy: { name: caller.name, unitId: caller.unitId },
      role: "office",
    });
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.activityOutcome(activityId, session.id),
        UpdateExpression: `SET opinions[${i}].opinionId = :id, opinions[${i}].trackingCode = :code`,
        ExpressionAttributeValues: { ":id": raised.id, ":code": raised.trackingCode },
      }),
    );
    opinions.push({ ...o, opinionId: raised.id, trackingCode: raised.trackingCode });
  }
  await markOutcome(db, session);
  return { ...outcome, opinions, photos: await photoViews(store, activityId, outcome.photoIds) };
}
