import { ledgerRange, ledgerWorkbook, requirePerson, shanghaiDate } from "@liaison/core";
import { FileReply, route } from "../lib/http.ts";

export const handler = route("GET /contacts/export.xlsx", async ({ db, caller, query }) => {
  const range = ledgerRange(query);
  const bytes = await ledgerWorkbook(db, requirePerson(caller), range);
  return new FileReply(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    `联系台账-${shanghaiDate(range.from)}-${shanghaiDate(new Date(Date.parse(range.to) - 1))}.xlsx`,
    bytes,
  );
});
