import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { errors } from "../http/errors.ts";
import { getPersonItems, toPerson } from "../people/repository.ts";
import type { Person } from "../people/schema.ts";
import { getUnit } from "../units/repository.ts";
import { isWithin, type Unit } from "../units/schema.ts";
import { personInAudience } from "./audience.ts";
import { isConditionFailure } from "./ids.ts";
import { requireActivity, requirePublished } from "./lookup.ts";
import { freeLostPlaces } from "./places.ts";
import { getSignup } from "./repository.ts";
import type { Activity, Signup } from "./schema.ts";

export function signupItem(activity: Activity, signup: Signup): Record<string, unknown> {
  return {
    ...keys.activitySignup(activity.id, signup.personId),
    ...keys.participationByPerson(signup.personId, activity.startsAt, `${activity.id}#SIGNUP`),
    type: "activitySignup",
    ...signup,
  };
}

const notInAudience = (name?: string) =>
  errors.forbidden({
    zh: name ? `${name}不在本活动的参加范围内` : "您不在本活动的参加范围内",
    en: name
      ? `${name} is not among the people this activity is for`
      : "You are not among the people this activity is for",
  });

/**
 * Writes one sign-up if there is none. A sign-up within the capacity first takes a place on the
 * activity (conditional ADD), then writes the item; a concurrent twin gives its place back, and a
 * place a crash left empty is found again when the activity looks full (places.ts).
 */
export async function putSignup(
  db: Db,
  activity: Activity,
  signup: Signup,
  options: { enforceCapacity: boolean },
): Promise<boolean> {
  if (await getSignup(db, activity.id, signup.personId)) return false;
  await takePlace(db, activity, options);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: signupItem(activity, signup),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return true;
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.activity(activity.id),
        UpdateExpression: "ADD signupCount :minus",
        ExpressionAttributeValues: { ":minus": -1 },
      }),
    );
    return false;
  }
}

async function takePlace(db: Db, activity: Activity, options: { enforceCapacity: boolean }): Promise<void> {
  const capped = options.enforceCapacity && activity.capacity !== undefined;
  const take = () =>
    db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.activity(activity.id),
        UpdateExpression: "ADD signupCount :one",
        ConditionExpression: capped
          ? "attribute_not_exists(signupCount) OR signupCount < :cap"
          : "attribute_exists(pk)",
        ExpressionAttributeValues: { ":one": 1, ...(capped ? { ":cap": activity.capacity } : {}) },
      }),
    );
  try {
    await take();
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    if (!capped || !(await freeLostPlaces(db, activity.id))) throw full();
    try {
      await take();
    } catch (again) {
      if (!isConditionFailure(again)) throw again;
      throw full();
    }
  }
}

const full = () => errors.conflict({ zh: "报名人数已满", en: "The activity is full" });

/** People by id with their units (for audience and scope checks). */
export async function peopleWithUnits(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { person: Person; unit: Unit }>> {
  const items = await getPersonItems(db, ids);
  const units = new Map<string, Unit | undefined>();
  const out = new Map<string, { person: Person; unit: Unit }>();
  for (const [id, item] of items) {
    const person = toPerson(item);
    if (!units.has(person.unitId)) units.set(person.unitId, await getUnit(db, person.unitId));
    const unit = units.get(person.unitId);
    if (unit) out.set(id, { person, unit });
  }
  return out;
}

/**
 * POST /activities/{id}/signups: a participant signs themself up (before the deadline, within the
 * capacity); the office enrols people of its scope (deadline and capacity are its own call).
 */
export async function signUp(
  db: Db,
  caller: Caller,
  activityId: string,
  input: { personIds?: string[] },
  now = new Date(),
): Promise<{ signedUp: string[]; already: string[] }> {
  const activity = await requireActivity(db, activityId);
  requirePublished(activity);
  const others = (input.personIds ?? []).filter((id) => id !== caller.personId);
  const enrol = others.length > 0;
  if (enrol && !caller.roles.includes("office")) {
    throw errors.forbidden({ zh: "只有代表联络办公室可以为他人报名", en: "Only an office can sign other people up" });
  }
  const ids = enrol ? [...new Set(input.personIds)] : caller.personId ? [caller.personId] : [];
  if (ids.length === 0) {
    throw errors.forbidden({ zh: "您的账号未关联花名册人员", en: "Your account is not linked to a roster entry" });
  }
  if (!enrol && activity.signupDeadline && now.toISOString() > activity.signupDeadline) {
    throw errors.conflict({ zh: "报名已截止", en: "Sign-up has closed" });
  }
  const people = await peopleWithUnits(db, ids);
  for (const id of ids) {
    const found = people.get(id);
    if (!found) throw errors.notFound({ zh: "花名册中没有此人", en: "No such person on the roster" });
    if (enrol && !isWithin(found.unit, caller.unitId)) {
      throw errors.forbidden({ zh: "此人不在您的管辖范围内", en: "This person is outside your scope" });
    }
    if (!personInAudience(activity, found.person, found.unit))
      throw notInAudience(enrol ? found.person.name : undefined);
  }
  const signedUp: string[] = [];
  const already: string[] = [];
  for (const id of ids) {
    const found = people.get(id);
    if (!found) continue;
    const created = await putSignup(
      db,
      activity,
      {
        activityId,
        personId: id,
        name: found.person.name,
        unitId: found.person.unitId,
        via: enrol ? "office" : "self",
        at: now.toISOString(),
      },
      { enforceCapacity: !enrol },
    );
    (created ? signedUp : already).push(id);
  }
  return { signedUp, already };
}
