/**
 * The statistics and quarterly-report shapes the API answers with (see packages/core/src/stats:
 * query.ts, api-schemas.ts), and how the pages show their figures. Figure names always come from
 * the API's `figures` list: the web names no figure itself.
 */
import { UNIT_LEVEL_LABELS } from "../../packages/core/src/units/schema.ts";
import type { Localized } from "./model.ts";
import { currentQuarter, recentQuarters } from "./time.ts";

export { quartersBetween } from "../../packages/core/src/time/quarter.ts";

/** A rate shows as a percentage, a mean (e.g. working days) as a number with one decimal. */
export type FigureKind = "count" | "rate" | "mean";

/** One figure's id and labels; a rate is a fraction 0..1, or null when its denominator is 0. */
export interface FigureMeta extends Localized {
  id: string;
  kind: FigureKind;
}

/** GET /stats/figures: the definitions, with how each is counted (in Chinese). */
export interface FigureDefinition extends FigureMeta {
  counted: string;
}

export type FigureValues = Record<string, number | null>;

export type StatsBy = "unit" | "quarter" | "category";

export interface StatsRow {
  key: string;
  label: string;
  level?: string;
  hasChildren?: boolean;
  values: FigureValues;
}

/** GET /stats: a unit's subtree over a period, with rows by child unit, quarter or category. */
export interface Stats {
  unitId: string;
  unitName: string;
  from: string;
  to: string;
  by: StatsBy;
  figures: FigureMeta[];
  total: FigureValues;
  rows: StatsRow[];
}

export type ReportStatus = "draft" | "submitted";

/** An item of GET /reports: the latest version of one unit's report. */
export interface ReportSummary {
  id: string;
  unitId: string;
  unitName: string;
  level: string;
  quarter: string;
  version: number;
  versions: number;
  status: ReportStatus;
  generatedAt: string;
  submittedAt?: string;
  values: FigureValues;
}

export interface ReportList {
  quarter: string;
  items: ReportSummary[];
}

export interface ReportRow {
  unitId: string;
  name: string;
  level: string;
  parentId: string | null;
  values: FigureValues;
}

/** GET /reports/{id}: one frozen version of a unit's quarterly report. */
export interface ReportView {
  id: string;
  unitId: string;
  unitName: string;
  level: string;
  quarter: string;
  version: number;
  generatedAt: string;
  status: ReportStatus;
  submittedAt?: string;
  comment?: string;
  figures: FigureMeta[];
  values: FigureValues;
  rows: ReportRow[];
}

/** At most this many quarters in one statistics query (the API refuses more). */
export const MAX_QUARTERS = 12;

export const QUARTER = /^\d{4}Q[1-4]$/;
/** A unit code (6, 9 or 12 digits), as the pages take it from their address. */
export const UNIT_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

/** The default dashboard period: the last 4 quarters, ending with the current one (Beijing time). */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const quarters = recentQuarters(4, now);
  return { from: quarters[quarters.length - 1] as string, to: currentQuarter(now) };
}

/** A rate (0–1) as a percentage with at most one decimal; "—" when there is nothing to divide by. */
export function percent(rate: number | null | undefined, lang: string): string {
  if (rate === null || rate === undefined) return "—";
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}

/** A figure's value as shown: a count as a number, a rate as a percentage, "—" when missing. */
export function formatValue(kind: FigureKind, value: number | null | undefined, lang: string): string {
  if (kind === "rate") return percent(value, lang);
  if (value === null || value === undefined) return "—";
  if (kind === "mean") return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(lang).format(value);
}

/** Sorts nulls last, then the larger first. */
export function byValueDesc(a: number | null | undefined, b: number | null | undefined): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  return b - a;
}

/** A unit level's name (市州, 县市区…), or the level code when it is unknown. */
export function levelName(level: string, l: (text: Localized) => string): string {
  const label = UNIT_LEVEL_LABELS[level as keyof typeof UNIT_LEVEL_LABELS];
  return label ? l(label) : level;
}
