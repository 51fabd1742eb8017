import { listReports, quarterOf, reportSummaryView, requireUnitAccess, shiftQuarter } from "@liaison/core";
import { route } from "../lib/http.ts";

/** Defaults to the caller's unit and the last closed quarter, the one the latest reports froze. */
export const handler = route("GET /reports", async ({ db, caller, query }) => {
  const unit = await requireUnitAccess(db, caller, query.unit ?? caller.unitId);
  const quarter = query.quarter ?? shiftQuarter(quarterOf(new Date()), -1);
  return { quarter, items: (await listReports(db, unit, quarter)).map(reportSummaryView) };
});
