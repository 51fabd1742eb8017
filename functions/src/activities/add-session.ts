import { addSession } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /activities/{id}/sessions", async ({ db, caller, params, body, idempotencyKey }) => {
  const session = await addSession(db, caller, params.id, body, { idempotencyKey });
  return new Reply(201, { id: session.id, checkinCode: session.checkinCode });
});
