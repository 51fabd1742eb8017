import { closeActivity, viewOf } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("POST /activities/{id}/close", async ({ db, caller, params }) =>
  viewOf(db, caller, await closeActivity(db, caller, params.id)),
);
