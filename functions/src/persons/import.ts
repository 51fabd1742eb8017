import { errors, importRoster } from "@liaison/core";
import { route } from "../lib/http.ts";

const FORMAT_BY_TYPE: Record<string, "csv" | "xlsx"> = {
  "text/csv": "csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

export const handler = route("POST /persons/import", async ({ db, caller, body, query }) => {
  const format = query.format ?? FORMAT_BY_TYPE[body.contentType];
  if (!format) {
    throw errors.validation({
      format: { zh: "请注明文件格式 csv 或 xlsx", en: "Say whether the file is csv or xlsx" },
    });
  }
  return importRoster(db, caller, { bytes: body.bytes, format });
});
