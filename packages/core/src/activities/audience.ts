import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import type { Person } from "../people/schema.ts";
import { getUnit } from "../units/repository.ts";
import { isWithin, type Unit } from "../units/schema.ts";
import type { Activity } from "./schema.ts";

/** A target unit stands for itself and every unit below it. */
export function unitInTargets(activity: Pick<Activity, "targetUnitIds">, unit: Pick<Unit, "path">): boolean {
  return activity.targetUnitIds.some((id) => isWithin(unit, id));
}

/** Is this person meant to take part: in a target unit's subtree and holding a target role? */
export function personInAudience(
  activity: Pick<Activity, "targetUnitIds" | "targetRoles">,
  person: Pick<Person, "roles" | "status">,
  unit: Pick<Unit, "path">,
): boolean {
  return (
    person.status === "active" &&
    person.roles.some((r) => activity.targetRoles.includes(r)) &&
    unitInTargets(activity, unit)
  );
}

/** An office manages an activity its own unit (or a unit below it) created. */
export async function canManage(db: Db, caller: Caller, activity: Pick<Activity, "unitId">): Promise<boolean> {
  if (!caller.roles.includes("office")) return false;
  if (activity.unitId === caller.unitId) return true;
  const owner = await getUnit(db, activity.unitId);
  return owner !== undefined && isWithin(owner, caller.unitId);
}

export async function requireManager(db: Db, caller: Caller, activity: Pick<Activity, "unitId">): Promise<void> {
  if (!(await canManage(db, caller, activity))) {
    throw errors.forbidden({
      zh: "只有发起活动的代表联络办公室可以操作",
      en: "Only the office that created the activity can do this",
    });
  }
}

/**
 * The organisers of a session are the offices whose scope holds the session's unit: the town
 * office that added it and the offices above it (the county that published the activity).
 */
export async function isOrganiser(db: Db, caller: Caller, session: { unitId: string }): Promise<boolean> {
  if (!caller.roles.includes("office")) return false;
  if (session.unitId === caller.unitId) return true;
  const unit = await getUnit(db, session.unitId);
  return unit !== undefined && isWithin(unit, caller.unitId);
}

export async function requireOrganiser(db: Db, caller: Caller, session: { unitId: string }): Promise<void> {
  if (!(await isOrganiser(db, caller, session))) {
    throw errors.forbidden({ zh: "只有本场次的组织者可以操作", en: "Only the organiser of this session can do this" });
  }
}
