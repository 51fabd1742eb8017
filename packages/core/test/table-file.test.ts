import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv, parseRoles, readSheet, safeCell, writeCsv, writeXlsx } from "../src/index.ts";

describe("reading roster files", () => {
  it("parses quoted CSV fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\n')).toEqual([
      ["a", "b,c", 'say "hi"', "two\nlines"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("reads a GB18030 CSV as saved by Chinese Excel, and a UTF-8 one with BOM", async () => {
    const gbk = Buffer.from([
      // "姓名\r\n李华\r\n" in GB18030
      0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xc0, 0xee, 0xbb, 0xaa, 0x0d, 0x0a,
    ]);
    expect((await readSheet(gbk, "csv")).rows).toEqual([{ row: 2, values: { 姓名: "李华" } }]);
    const utf8 = Buffer.from("\uFEFF姓名\r\n李华\r\n", "utf8");
    expect((await readSheet(utf8, "csv")).rows).toEqual([{ row: 2, values: { 姓名: "李华" } }]);
  });

  it("reads an .xlsx with row numbers as the spreadsheet shows them, skipping blank rows", async () => {
    const bytes = await writeXlsx([
      {
        name: "s",
        columns: [{ header: "姓名" }, { header: "手机号码" }],
        rows: [
          ["李华", "13800000000"],
          ["", ""],
          ["王芳", ""],
        ],
      },
    ]);
    const sheet = await readSheet(bytes, "xlsx");
    expect(sheet.headers).toEqual(["姓名", "手机号码"]);
    expect(sheet.rows.map((r) => [r.row, r.values.姓名])).toEqual([
      [2, "李华"],
      [4, "王芳"],
    ]);
  });

  it("understands roles written in Chinese or English", () => {
    expect(parseRoles("党代表、党员")).toEqual(["delegate", "member"]);
    expect(parseRoles("Committee member, 党员")).toEqual(["committee", "member"]);
    expect(parseRoles("主席")).toEqual(["主席"]);
  });
});

describe("writing exports", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell("+1")).toBe("'+1");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("普通文字")).toBe("普通文字");
    expect(safeCell(42)).toBe(42);
  });

  it("writes CSV with a BOM and quoted fields, and .xlsx that reads back", async () => {
    const csv = writeCsv(["a", "b"], [["x,y", "=1+1"]]).toString("utf8");
    expect(csv).toBe('\uFEFFa,b\r\n"x,y",\'=1+1\r\n');
    const bytes = await writeXlsx([{ name: "表", columns: [{ header: "主题" }], rows: [["=cmd"]] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(2).getCell(1).value).toBe("'=cmd");
  });
});
