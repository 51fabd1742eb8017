import { figuresCsv, figuresXlsx, getReport, type Report, reportGroups } from "@liaison/core";
import { FileReply, route } from "../lib/http.ts";

const filename = (r: Report, ext: string) => `季报-${r.unitName}-${r.quarter}-第${r.version}版.${ext}`;

export const xlsxHandler = route("GET /reports/{id}/export.xlsx", async ({ db, caller, params }) => {
  const report = await getReport(db, caller, params.id);
  return new FileReply(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename(report, "xlsx"),
    await figuresXlsx(reportGroups(report)),
  );
});

export const csvHandler = route("GET /reports/{id}/export.csv", async ({ db, caller, params }) => {
  const report = await getReport(db, caller, params.id);
  return new FileReply("text/csv; charset=utf-8", filename(report, "csv"), figuresCsv(reportGroups(report)));
});
