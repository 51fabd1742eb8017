import { opinionsFor } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /opinions", async ({ db, caller, query }) => opinionsFor(db, caller, query));
