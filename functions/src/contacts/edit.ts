import { editContact } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("PATCH /contacts/{id}", async ({ db, caller, params, body }) =>
  editContact(db, caller, params.id, body),
);
