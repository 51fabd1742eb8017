import type { Counts } from "./figures.ts";
import { evaluate, FIGURES } from "./figures.ts";
import { figureMeta } from "./query.ts";
import type { Report, ReportSummary } from "./reports.ts";

/** A report as the API shows it: figures evaluated from its frozen counts. */
export function reportView(report: Report) {
  const { counts, rows, path: _path, ...rest } = report;
  return {
    ...rest,
    figures: figureMeta(),
    values: evaluate(counts),
    rows: rows.map(({ counts: c, ...r }) => ({ ...r, values: evaluate(c) })),
  };
}

export function reportSummaryView(summary: ReportSummary) {
  const { counts, ...rest } = summary as ReportSummary & { counts: Counts };
  return { ...rest, values: evaluate(counts) };
}

export const figureDefinitions = () =>
  FIGURES.map((f) => ({ id: f.id, zh: f.zh, en: f.en, kind: f.kind, counted: f.counted }));
