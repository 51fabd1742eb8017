import { trackOpinion } from "@liaison/core";
import { clientAddress } from "../lib/client.ts";
import { route } from "../lib/http.ts";

export const handler = route("GET /opinions/track/{code}", async ({ db, params, event }) =>
  trackOpinion(db, params.code, clientAddress(event)),
);
