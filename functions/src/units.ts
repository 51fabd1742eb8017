import { buildTree, listUnits } from "@liaison/core";
import { route } from "./lib/http.ts";

export const handler = route("GET /units", async ({ db }) => ({ units: buildTree(await listUnits(db)) }));
