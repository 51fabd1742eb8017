import { listNotifications } from "@liaison/core";
import { route } from "./lib/http.ts";

export const handler = route("GET /notifications", async ({ db, caller }) => ({
  items: await listNotifications(db, caller),
}));
