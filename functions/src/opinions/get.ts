import { opinionFor } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /opinions/{id}", async ({ db, caller, params }) => opinionFor(db, caller, params.id));
