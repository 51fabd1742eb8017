import { checkIn } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /sessions/{id}/checkins", async ({ db, caller, params, body }) => {
  return new Reply(201, await checkIn(db, caller, params.id, body));
});
