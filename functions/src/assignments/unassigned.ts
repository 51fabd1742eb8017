import { unassignedOf } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /assignments/unassigned", async ({ db, caller, query }) => ({
  tiers: await unassignedOf(db, caller, query.unit ?? caller.unitId),
}));
