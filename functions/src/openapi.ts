import { openApiDocument } from "@liaison/core";
import { route } from "./lib/http.ts";

export const handler = route("GET /openapi.json", async () =>
  openApiDocument({ includeLocalOnly: process.env.LIAISON_RUNTIME === "local" }),
);
