import { createContact } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /contacts", async ({ db, caller, body, idempotencyKey }) => {
  const { id } = await createContact(db, caller, body, { idempotencyKey });
  return new Reply(201, { id });
});
