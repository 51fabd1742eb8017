import { requireUnitAccess, statsOf } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /stats", async ({ db, caller, query }) =>
  statsOf(db, await requireUnitAccess(db, caller, query.unit), query),
);
