import { photoStore, requestPhotoUpload } from "@liaison/core";
import { Reply, route } from "../lib/http.ts";

export const handler = route("POST /activities/{id}/photos", async ({ db, caller, params, body }) => {
  return new Reply(201, await requestPhotoUpload(db, photoStore(), caller, params.id, body));
});
