import { dutyRecord } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /persons/{id}/record", async ({ db, caller, params, query }) =>
  dutyRecord(db, caller, params.id, query),
);
