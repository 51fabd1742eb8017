import { figureDefinitions } from "@liaison/core";
import { route } from "../lib/http.ts";

export const handler = route("GET /stats/figures", async () => ({ figures: figureDefinitions() }));
