import { rateOpinion } from "@liaison/core";
import { clientAddress } from "../lib/client.ts";
import { route } from "../lib/http.ts";

export const handler = route(
  "POST /opinions/track/{code}/rating",
  async ({ db, params, body, event, idempotencyKey }) =>
    rateOpinion(db, params.code, body, clientAddress(event), { key: idempotencyKey }),
);
