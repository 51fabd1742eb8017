import { photoStore, recordOutcome } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /activities/{id}/outcomes", async ({ db, caller, params, body }) => {
  return new Reply(201, await recordOutcome(db, photoStore(), caller, params.id, body));
});
