import { listActivities } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /activities", async ({ db, caller, query }) => ({
  items: await listActivities(db, caller, query),
}));
