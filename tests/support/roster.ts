import { ROSTER_COLUMNS, writeCsv } from "../../packages/core/src/index.ts";

/** A roster CSV of `count` members of one unit; `bad` maps a data-row index to a broken column. */
export function rosterCsv(count: number, unitId: string, bad: Map<number, "phone" | "name" | "unitId"> = new Map()) {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const flaw = bad.get(i);
    rows.push([
      `T${String(i).padStart(6, "0")}`,
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
      i % 50 === 0 ? "" : `T${String(Math.floor(i / 50) * 50).padStart(6, "0")}`,
    ]);
  }
  return writeCsv(
    ROSTER_COLUMNS.map((c) => c.header),
    rows,
  );
}
