import { figuresCsv, figuresXlsx, requireUnitAccess, type Stats, statsOf } from "@liaison/core";
import { FileReply, route } from "../lib/http.ts";

const BY_LABEL = { unit: "下级单位", quarter: "季度", category: "意见类别" } as const;

/** The statistics view as sheets: the subtree's total, then its rows. */
function groups(stats: Stats) {
  const lead = { 单位代码: stats.unitId, 期间: `${stats.from}–${stats.to}` };
  return [
    { name: "合计", leadHeaders: ["单位代码", "期间"], rows: [{ label: stats.unitName, lead, values: stats.total }] },
    {
      name: BY_LABEL[stats.by],
      leadHeaders: ["编码"],
      rows: stats.rows.map((r) => ({ label: r.label, lead: { 编码: r.key }, values: r.values })),
    },
  ];
}

const filename = (s: Stats, ext: string) => `统计-${s.unitName}-${s.from}-${s.to}.${ext}`;

export const xlsxHandler = route("GET /stats/export.xlsx", async ({ db, caller, query }) => {
  const stats = await statsOf(db, await requireUnitAccess(db, caller, query.unit), query);
  return new FileReply(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename(stats, "xlsx"),
    await figuresXlsx(groups(stats)),
  );
});

export const csvHandler = route("GET /stats/export.csv", async ({ db, caller, query }) => {
  const stats = await statsOf(db, await requireUnitAccess(db, caller, query.unit), query);
  return new FileReply("text/csv; charset=utf-8", filename(stats, "csv"), figuresCsv(groups(stats)));
});
