import { coverageView, requireUnitAccess } from "@liaison/core";
import { route } from "./lib/http.ts";

export const handler = route("GET /coverage", async ({ db, caller, query }) => {
  const unit = await requireUnitAccess(db, caller, query.unit);
  return coverageView(db, caller, unit, query.quarter);
});
