import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import { batchPut } from "../db/batch.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError, errors } from "../http/errors.ts";
import { getPerson } from "../people/repository.ts";
import { requireUnitAccess } from "../units/access.ts";
import { getUnit } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import type { ActivityView } from "./api-schemas.ts";
import { canManage, personInAudience, unitInTargets } from "./audience.ts";
import { hashOf, isConditionFailure, recordId } from "./ids.ts";
import { requireActivity } from "./lookup.ts";
import { activityIdsOf, activityItem, getActivities, getSignup } from "./repository.ts";
import { type Activity, type ActivityInput, activitySchema } from "./schema.ts";

/** An office creates an activity (a draft) for its own unit and units below it. */
export async function createActivity(
  db: Db,
  caller: Caller,
  input: ActivityInput,
  options: { idempotencyKey?: string; now?: Date } = {},
): Promise<{ id: string }> {
  const targets = [...new Set(input.targetUnitIds)];
  for (const unitId of targets) await requireUnitAccess(db, caller, unitId);
  const id = recordId("a", caller.id, options.idempotencyKey);
  const requestHash = hashOf(input);
  const activity: Activity = activitySchema.parse({
    ...input,
    targetUnitIds: targets,
    targetRoles: [...new Set(input.targetRoles)],
    id,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    signupDeadline: input.signupDeadline ? new Date(input.signupDeadline).toISOString() : undefined,
    status: "draft",
    unitId: caller.unitId,
    createdBy: caller.name,
    createdAt: (options.now ?? new Date()).toISOString(),
    signupCount: 0,
  });
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...activityItem(activity), requestHash },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    if ((await storedHash(db, id)) !== requestHash) {
      throw new AppError(409, "idempotency_key_reused", {
        zh: "该幂等键已用于另一项不同的活动",
        en: "This Idempotency-Key was already used for a different activity",
      });
    }
  }
  return { id };
}

async function storedHash(db: Db, id: string): Promise<string | undefined> {
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.activity(id),
      ConsistentRead: true,
      ProjectionExpression: "requestHash",
    }),
  );
  return res.Item?.requestHash as string | undefined;
}

/**
 * Publishes a draft: its status first (one conditional write), then one target item per target
 * unit, which is how the units find it. Publishing again rewrites the same targets.
 */
export async function publishActivity(db: Db, caller: Caller, id: string, now = new Date()): Promise<Activity> {
  const activity = await requireActivity(db, id);
  if (!(await canManage(db, caller, activity))) throw notManager();
  if (activity.status === "closed") {
    throw errors.conflict({ zh: "活动已结束,不能再发布", en: "A closed activity cannot be published" });
  }
  if (activity.status === "draft") {
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.activity(id),
          UpdateExpression: "SET #s = :published, publishedAt = :at",
          ConditionExpression: "#s = :draft",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: { ":published": "published", ":draft": "draft", ":at": now.toISOString() },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }
  await batchPut(
    db,
    activity.targetUnitIds.map((unitId) => ({
      ...keys.activityTarget(id, unitId),
      ...keys.activityByTarget(unitId, activity.startsAt, id),
      type: "activityTarget",
      activityId: id,
      unitId,
    })),
  );
  return requireActivity(db, id);
}

/** Closes an activity: no more sign-ups, sessions or check-ins. Closing again changes nothing. */
export async function closeActivity(db: Db, caller: Caller, id: string, now = new Date()): Promise<Activity> {
  const activity = await requireActivity(db, id);
  if (!(await canManage(db, caller, activity))) throw notManager();
  if (activity.status !== "closed") {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.activity(id),
        UpdateExpression: "SET #s = :closed, closedAt = if_not_exists(closedAt, :at)",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: { ":closed": "closed", ":at": now.toISOString() },
      }),
    );
  }
  return requireActivity(db, id);
}

const notManager = () =>
  errors.forbidden({
    zh: "只有发起活动的代表联络办公室可以操作",
    en: "Only the office that created the activity can do this",
  });

/** The units from the root down to `unit`: a target anywhere on this path includes the unit. */
async function pathUnits(db: Db, unitId: string): Promise<string[]> {
  const unit = await getUnit(db, unitId);
  return unit ? unit.path.split("/") : [unitId];
}

/** How the caller relates to an activity, for lists and the detail page. */
export async function viewOf(
  db: Db,
  caller: Caller,
  activity: Activity,
  context: { callerUnit?: Unit; person?: { roles: string[]; status: string; unit?: Unit } } = {},
): Promise<ActivityView> {
  const manage = await canManage(db, caller, activity);
  const callerUnit = context.callerUnit ?? (await getUnit(db, caller.unitId));
  const office = caller.roles.includes("office");
  // As addSession checks it for the caller's own unit: a target (or below one), or the creator's.
  const addSession =
    office &&
    activity.status === "published" &&
    callerUnit !== undefined &&
    (unitInTargets(activity, callerUnit) || callerUnit.id === activity.unitId);
  const person = context.person;
  const forMe =
    activity.status !== "draft" &&
    person?.unit !== undefined &&
    personInAudience(activity, person as never, person.unit);
  const signup = caller.personId ? await getSignup(db, activity.id, caller.personId) : undefined;
  return {
    ...activity,
    canManage: manage,
    canAddSession: addSession,
    forMe,
    ...(signup ? { mySignup: { via: signup.via, at: signup.at } } : {}),
  };
}

/** The caller's roster entry with its unit, when the caller has one. */
export async function callerPerson(db: Db, caller: Caller) {
  if (!caller.personId) return undefined;
  const person = await getPerson(db, caller.personId);
  if (!person) return undefined;
  return { roles: person.roles as string[], status: person.status, unit: await getUnit(db, person.unitId), person };
}

/**
 * GET /activities: for an office, what its unit (or `unit` in its scope) created plus what is
 * meant for it; for everyone with a roster entry, the published activities meant for them.
 */
export async function listActivities(db: Db, caller: Caller, query: { unit?: string }): Promise<ActivityView[]> {
  const ids: string[] = [];
  const office = caller.roles.includes("office");
  if (office) {
    const unit = query.unit ? (await requireUnitAccess(db, caller, query.unit)).id : caller.unitId;
    ids.push(...(await activityIdsOf(db, keys.activityByOwner(unit, "", "").gsi1pk)));
    for (const u of await pathUnits(db, unit)) {
      ids.push(...(await activityIdsOf(db, keys.activityByTarget(u, "", "").gsi1pk)));
    }
  }
  const person = await callerPerson(db, caller);
  if (person?.unit) {
    for (const u of person.unit.path.split("/")) {
      ids.push(...(await activityIdsOf(db, keys.activityByTarget(u, "", "").gsi1pk)));
    }
  }
  const callerUnit = await getUnit(db, caller.unitId);
  const activities = await getActivities(db, ids);
  const views = await Promise.all(activities.map((a) => viewOf(db, caller, a, { callerUnit, person })));
  const targeted = (a: Activity) => office && callerUnit !== undefined && unitInTargets(a, callerUnit);
  return views
    .filter((v) => v.canManage || (v.status !== "draft" && (v.forMe || targeted(v))))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
