import { rosterTemplate } from "@liaison/core";
import { FileReply, route } from "../lib/http.ts";

export const handler = route("GET /persons/import-template", async ({ query }) => {
  const file = await rosterTemplate(query.format);
  return new FileReply(file.contentType, file.filename, file.bytes);
});
