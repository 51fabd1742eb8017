import { deadlineRulesView, putDeadlineRules, requireUnitAccess } from "@liaison/core";
import { route } from "../lib/http.ts";

export const getHandler = route("GET /deadline-rules", async ({ db, caller, query }) =>
  deadlineRulesView(db, await requireUnitAccess(db, caller, query.unit ?? caller.unitId)),
);

export const putHandler = route("PUT /deadline-rules", async ({ db, caller, query, body }) => {
  const unit = await requireUnitAccess(db, caller, query.unit ?? caller.unitId);
  await putDeadlineRules(db, unit.id, body);
  return deadlineRulesView(db, unit);
});
