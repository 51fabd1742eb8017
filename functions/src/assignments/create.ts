import { assign } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("POST /assignments", async ({ db, caller, body }) => assign(db, caller, body));
