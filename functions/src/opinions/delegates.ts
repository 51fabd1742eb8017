import { publicDelegates } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /delegates", async ({ db, query }) => publicDelegates(db, query.unit));
