import { type SheetSpec, writeCsv, writeXlsx } from "../files/table-file.ts";
import { UNIT_LEVEL_LABELS } from "../units/schema.ts";
import { evaluate, FIGURES } from "./figures.ts";
import type { Report } from "./reports.ts";

export interface FigureRow {
  label: string;
  /** Extra leading columns (unit code, level…) as header → value. */
  lead: Record<string, string>;
  values: Record<string, number | null>;
}

const cell = (kind: "count" | "rate" | "mean", v: number | null | undefined) =>
  v === null || v === undefined
    ? ""
    : kind === "rate"
      ? `${(v * 100).toFixed(1)}%`
      : kind === "mean"
        ? Number(v.toFixed(1))
        : v;

function sheet(name: string, leadHeaders: string[], rows: FigureRow[]): SheetSpec {
  return {
    name,
    columns: [
      { header: "名称", width: 20 },
      ...leadHeaders.map((header) => ({ header, width: 12 })),
      ...FIGURES.map((f) => ({ header: f.zh, width: 14 })),
    ],
    rows: rows.map((r) => [
      r.label,
      ...leadHeaders.map((h) => r.lead[h] ?? ""),
      ...FIGURES.map((f) => cell(f.kind, r.values[f.id])),
    ]),
  };
}

/** One sheet per group (level), Chinese headers, counts as numbers and rates as percentages. */
export function figuresXlsx(groups: { name: string; leadHeaders: string[]; rows: FigureRow[] }[]): Promise<Buffer> {
  return writeXlsx(groups.map((g) => sheet(g.name, g.leadHeaders, g.rows)));
}

/** CSV has one sheet: the groups follow one another, with the group name as the first column. */
export function figuresCsv(groups: { name: string; leadHeaders: string[]; rows: FigureRow[] }[]): Buffer {
  const leads = [...new Set(groups.flatMap((g) => g.leadHeaders))];
  return writeCsv(
    ["层级", "名称", ...leads, ...FIGURES.map((f) => f.zh)],
    groups.flatMap((g) =>
      g.rows.map((r) => [
        g.name,
        r.label,
        ...leads.map((h) => r.lead[h] ?? ""),
        ...FIGURES.map((f) => cell(f.kind, r.values[f.id])),
      ]),
    ),
  );
}

/** A report as sheets: the unit itself, then one sheet per level below it. */
export function reportGroups(report: Report) {
  const levelName = (level: string) => UNIT_LEVEL_LABELS[level as keyof typeof UNIT_LEVEL_LABELS]?.zh ?? level;
  const lead = (unitId: string) => ({ 单位代码: unitId, 季度: report.quarter });
  const groups = [
    {
      name: `本级(${levelName(report.level)})`,
      leadHeaders: ["单位代码", "季度"],
      rows: [{ label: report.unitName, lead: lead(report.unitId), values: evaluate(report.counts) }],
    },
  ];
  for (const level of [...new Set(report.rows.map((r) => r.level))]) {
    groups.push({
      name: levelName(level),
      leadHeaders: ["单位代码", "季度"],
      rows: report.rows
        .filter((r) => r.level === level)
        .map((r) => ({ label: r.name, lead: lead(r.unitId), values: evaluate(r.counts) })),
    });
  }
  return groups;
}
