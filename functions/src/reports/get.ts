import { getReport, reportView } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /reports/{id}", async ({ db, caller, params }) =>
  reportView(await getReport(db, caller, params.id)),
);
