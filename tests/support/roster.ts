import { ROSTER_COLUMNS, writeCsv, writeXlsx } from "../../packages/core/src/index.ts";

type Flaw = "phone" | "name" | "unitId";

/**
 * Rows of a roster of `count` people of one unit: every 50th is a delegate, the others members
 * whose contact is the delegate before them. `bad` breaks one column of the given data rows.
 */
export function rosterRows(
  count: number,
  unitId: string,
  bad: Map<number, Flaw> = new Map(),
  prefix = "T",
): string[][] {
  const no = (i: number) => `${prefix}${String(i).padStart(6, "0")}`;
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const flaw = bad.get(i);
    rows.push([
      no(i),
      flaw === "name" ? "" : `测试${"甲乙丙丁戊己庚辛壬癸"[i % 10]}`,
      i % 50 === 0 ? "党代表、党员" : "党员",
      flaw === "unitId" ? "999999" : unitId,
      "",
      "",
      "",
      "在任",
      "",
      "",
      flaw === "phone" ? "12345" : `139${String(i).padStart(8, "0")}`,
      i % 50 === 0 ? "" : no(Math.floor(i / 50) * 50),
    ]);
  }
  return rows;
}

const headers = () => ROSTER_COLUMNS.map((c) => c.header);

export const rosterCsv = (count: number, unitId: string, bad?: Map<number, Flaw>, prefix?: string) =>
  writeCsv(headers(), rosterRows(count, unitId, bad, prefix));

export const rosterXlsx = (count: number, unitId: string, bad?: Map<number, Flaw>, prefix?: string) =>
  writeXlsx([
    { name: "花名册", columns: headers().map((header) => ({ header })), rows: rosterRows(count, unitId, bad, prefix) },
  ]);
