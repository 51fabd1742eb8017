import { publishActivity, viewOf } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("POST /activities/{id}/publish", async ({ db, caller, params }) =>
  viewOf(db, caller, await publishActivity(db, caller, params.id)),
);
