import type ExcelJS from "exceljs";

/** exceljs takes about a second to load: only the routes that read or write a workbook pay it. */
const excel = async () => (await import("exceljs")).default;

/** A spreadsheet row as header → text, with its row number in the file (header is row 1). */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

export type SheetFormat = "csv" | "xlsx";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value).trim();
}

/** Chinese Excel saves CSV in GB18030 by default; UTF-8 (with or without BOM) is tried first. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function toRows(grid: string[][]): { headers: string[]; rows: SheetRow[] } {
  const headers = (grid[0] ?? []).map((h) => h.trim());
  const rows: SheetRow[] = [];
  grid.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    const values: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) values[h] = (cells[j] ?? "").trim();
    });
    rows.push({ row: i + 2, values });
  });
  return { headers, rows };
}

export async function readSheet(bytes: Buffer, format: SheetFormat): Promise<{ headers: string[]; rows: SheetRow[] }> {
  if (format === "csv") return toRows(parseCsv(decodeCsv(bytes)));
  const workbook = new (await excel()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const grid: string[][] = [];
  // `columnCount` walks every row each time it is read: read it once, not once per row.
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= columns; c++) cells.push(cellText(row.getCell(c).value));
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return toRows(grid);
}

/** Spreadsheet apps run cells that start with = + - @ (or tab/CR) as formulas: neutralise them. */
export function safeCell(value: unknown): string | number {
  if (typeof value === "number") return value;
  const text = value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface SheetSpec {
  name: string;
  columns: { header: string; width?: number }[];
  rows: unknown[][];
}

export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = "liaison";
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row.map(safeCell));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (v: unknown) => {
  const s = String(safeCell(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a UTF-8 BOM so Excel opens Chinese text correctly. */
export function writeCsv(headers: string[], rows: unknown[][]): Buffer {
  const lines = [headers, ...rows].map((r) => r.map(csvField).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
