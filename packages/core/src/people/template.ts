import { writeCsv, writeXlsx } from "../files/table-file.ts";
import { ROSTER_COLUMNS } from "./roster.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The roster template: headers, one example row, and a sheet explaining each column. */
export async function rosterTemplate(format: "csv" | "xlsx") {
  const headers = ROSTER_COLUMNS.map((c) => c.header);
  const example = ROSTER_COLUMNS.map((c) => c.example);
  if (format === "csv") {
    return { contentType: "text/csv; charset=utf-8", filename: "花名册模板.csv", bytes: writeCsv(headers, [example]) };
  }
  const bytes = await writeXlsx([
    { name: "花名册", columns: ROSTER_COLUMNS.map((c) => ({ header: c.header, width: 18 })), rows: [example] },
    {
      name: "填写说明",
      columns: [
        { header: "列名", width: 24 },
        { header: "必填", width: 8 },
        { header: "说明", width: 80 },
      ],
      rows: ROSTER_COLUMNS.map((c) => [c.header, c.required ? "是" : "否", c.help]),
    },
  ]);
  return { contentType: XLSX, filename: "花名册模板.xlsx", bytes };
}
