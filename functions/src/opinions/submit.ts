import { requestHashOf, submitOpinion } from "@liaison/core";
import { clientAddress } from "../lib/client.ts";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /opinions", async ({ db, body, idempotencyKey, event }) => {
  const { id, trackingCode } = await submitOpinion(db, body, {
    clientId: clientAddress(event),
    idempotencyKey,
    requestHash: requestHashOf(JSON.stringify(body)),
  });
  return new Reply(201, { id, trackingCode });
});
