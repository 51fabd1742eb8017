import { listCategories, saveCategories } from "@liaison/core";
import { route } from "../lib/http.ts";

export const listHandler = route("GET /categories", async ({ db }) => ({ items: await listCategories(db) }));

export const saveHandler = route("PUT /categories", async ({ db, body }) => ({
  items: await saveCategories(db, body.items),
}));
