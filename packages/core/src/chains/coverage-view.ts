import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { getPersonItems, toPerson } from "../people/repository.ts";
import { present } from "../people/service.ts";
import type { Unit } from "../units/schema.ts";
import { coverageOf } from "./coverage.ts";

const WORKLIST_LIMIT = 500;

/**
 * Coverage as a route answers it: figures for everyone in scope; the worklist, with names, only
 * for the office (the province sees figures, never personal data).
 */
export async function coverageView(db: Db, caller: Caller, unit: Unit, quarter: string) {
  const coverage = await coverageOf(db, unit, quarter);
  const base = {
    unitId: coverage.unitId,
    quarter: coverage.quarter,
    tiers: coverage.tiers,
    notContactedTotal: coverage.notContacted.length,
  };
  if (!caller.roles.includes("office")) return base;
  const shown = coverage.notContacted.slice(0, WORKLIST_LIMIT);
  const people = await getPersonItems(db, [
    ...shown.flatMap((w) => w.responsibleIds),
    ...shown.filter((w) => !w.publicGroup).map((w) => w.targetId),
  ]);
  const nameOf = (id: string) => {
    const item = people.get(id);
    return item ? present(toPerson(item), caller).name : "";
  };
  return {
    ...base,
    notContacted: shown.map((w) => ({
      tier: w.tier,
      unitId: w.unitId,
      targetId: w.targetId,
      targetName: w.publicGroup ? w.publicGroup.description : nameOf(w.targetId),
      ...(w.publicGroup ? { publicGroup: w.publicGroup } : {}),
      responsible: w.responsibleIds.map((id) => ({ id, name: nameOf(id) })),
    })),
  };
}
