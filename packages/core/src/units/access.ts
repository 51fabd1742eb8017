import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import { getUnit } from "./repository.ts";
import { isWithin, type Unit } from "./schema.ts";

/** May this caller touch unit X? A unit sees itself and its descendants, nothing else. */
export async function canAccessUnit(db: Db, caller: Caller, unitId: string): Promise<boolean> {
  if (unitId === caller.unitId) return true;
  const unit = await getUnit(db, unitId);
  return unit !== undefined && isWithin(unit, caller.unitId);
}

/** The unit, if the caller may touch it; 404 when it does not exist, 403 when it is out of scope. */
export async function requireUnitAccess(db: Db, caller: Caller, unitId: string): Promise<Unit> {
  const unit = await getUnit(db, unitId);
  if (!unit) throw errors.notFound({ zh: `单位 ${unitId} 不存在`, en: `Unit ${unitId} does not exist` });
  if (!isWithin(unit, caller.unitId)) {
    throw errors.forbidden({ zh: "该单位不在您的管辖范围内", en: "This unit is outside your scope" });
  }
  return unit;
}
