import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError, errors } from "../http/errors.ts";
import { quarterOf } from "../time/quarter.ts";
import { requireUnitAccess } from "../units/access.ts";
import { unitInTargets } from "./audience.ts";
import { newCheckinCode } from "./checkin-code.ts";
import { hashOf, isConditionFailure, recordId } from "./ids.ts";
import { requireActivity, requirePublished } from "./lookup.ts";
import { type SessionRecord, toSessionRecord } from "./repository.ts";
import type { ActivitySessionInput } from "./schema.ts";

export function sessionItem(session: SessionRecord, requestHash: string): Record<string, unknown> {
  return {
    ...keys.activitySession(session.id),
    ...keys.sessionByActivity(session.activityId, session.startsAt, session.id),
    ...keys.sessionByUnitQuarter(session.unitId, session.quarter, session.startsAt, session.id),
    type: "activitySession",
    ...session,
    requestHash,
  };
}

/**
 * A unit's office adds a local session to a published activity: the session's unit (the caller's
 * own or one below it) must lie in a target unit's subtree or be the activity's own unit. (A unit
 * merely below the creating office is not enough: its office could not even see the activity.)
 * The answer carries the check-in code, which only the session's organisers ever see.
 */
export async function addSession(
  db: Db,
  caller: Caller,
  activityId: string,
  input: ActivitySessionInput,
  options: { idempotencyKey?: string; now?: Date } = {},
): Promise<SessionRecord> {
  const activity = await requireActivity(db, activityId);
  requirePublished(activity);
  const unit = await requireUnitAccess(db, caller, input.unitId ?? caller.unitId);
  if (!(unitInTargets(activity, unit) || unit.id === activity.unitId)) {
    throw errors.forbidden({
      zh: "该单位不在本活动的参加单位范围内",
      en: "This unit is not one the activity is meant for",
    });
  }
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = new Date(input.endsAt).toISOString();
  if (startsAt < activity.startsAt || endsAt > activity.endsAt) {
    throw errors.validation({
      startsAt: {
        zh: "场次时间应在活动时间范围内",
        en: "The session must lie within the activity's period",
      },
    });
  }
  const id = recordId("s", caller.id, options.idempotencyKey);
  const requestHash = hashOf({ activityId, input });
  const session: SessionRecord = {
    id,
    activityId,
    unitId: unit.id,
    startsAt,
    endsAt,
    place: input.place,
    organiser: input.organiser ?? caller.name,
    createdBy: caller.name,
    createdAt: (options.now ?? new Date()).toISOString(),
    quarter: quarterOf(startsAt),
    checkinCode: newCheckinCode(),
    attended: 0,
    hasOutcome: false,
  };
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: sessionItem(session, requestHash),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return session;
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    const res = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: keys.activitySession(id), ConsistentRead: true }),
    );
    if (!res.Item || res.Item.requestHash !== requestHash) {
      throw new AppError(409, "idempotency_key_reused", {
        zh: "该幂等键已用于另一个不同的场次",
        en: "This Idempotency-Key was already used for a different session",
      });
    }
    return toSessionRecord(res.Item);
  }
}
