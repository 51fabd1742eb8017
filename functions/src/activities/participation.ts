import { participation } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /activities/{id}/participation", async ({ db, caller, params }) =>
  participation(db, caller, params.id),
);
