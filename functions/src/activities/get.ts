import { activityDetail, photoStore } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /activities/{id}", async ({ db, caller, params }) =>
  activityDetail(db, photoStore(), caller, params.id),
);
