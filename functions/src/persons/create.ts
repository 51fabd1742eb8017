import { createPerson } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("POST /persons", async ({ db, caller, body }) => createPerson(db, caller, body));
