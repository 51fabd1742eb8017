import { createActivity } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /activities", async ({ db, caller, body, idempotencyKey }) => {
  const { id } = await createActivity(db, caller, body, { idempotencyKey });
  return new Reply(201, { id });
});
