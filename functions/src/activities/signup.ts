import { signUp } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /activities/{id}/signups", async ({ db, caller, params, body }) => {
  return new Reply(201, await signUp(db, caller, params.id, body));
});
