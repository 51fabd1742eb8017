import { errors, myAssignments, unitAssignments } from "@liaison/core";
import { route } from "../lib/http.ts";

/** The office lists a unit's edges; everyone else their own. */
export const handler = route("GET /assignments", async ({ db, caller, query }) => {
  if (caller.roles.includes("office")) return { items: await unitAssignments(db, caller, query.unit ?? caller.unitId) };
  if (query.unit) throw errors.forbidden();
  if (!caller.personId) return { items: [] };
  return { items: await myAssignments(db, caller, caller.personId) };
});
