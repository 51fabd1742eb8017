import { reportView, submitReport } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("POST /reports/{id}/submit", async ({ db, caller, params, body }) =>
  reportView(await submitReport(db, caller, params.id, body.comment)),
);
