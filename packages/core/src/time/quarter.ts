import { z } from "zod";

/** Quarters and deadlines are counted on the Asia/Shanghai calendar (UTC+8, no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

export const quarterSchema = z
  .string()
  .regex(/^\d{4}Q[1-4]$/, { error: "季度格式应为 2026Q3 / Quarter must look like 2026Q3" });

export interface QuarterRange {
  quarter: string;
  /** First instant of the quarter, UTC ISO-8601. */
  start: string;
  /** First instant of the next quarter, UTC ISO-8601 (exclusive end). */
  end: string;
}

export function quarterOf(instant: Date | string): string {
  const shanghai = new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS);
  return `${shanghai.getUTCFullYear()}Q${Math.floor(shanghai.getUTCMonth() / 3) + 1}`;
}

export function quarterRange(quarter: string): QuarterRange {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const startMs = Date.UTC(year, (q - 1) * 3, 1) - SHANGHAI_OFFSET_MS;
  const endMs = Date.UTC(year, q * 3, 1) - SHANGHAI_OFFSET_MS;
  return { quarter, start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() };
}

/** The Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a Shanghai calendar date, as a UTC instant. */
export function shanghaiMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

const quarterIndex = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(5)) - 1;
const quarterAt = (i: number) => `${Math.floor(i / 4)}Q${(i % 4) + 1}`;

/** The quarter n quarters after q (n may be negative). */
export const shiftQuarter = (q: string, n: number): string => quarterAt(quarterIndex(q) + n);

/** Quarters from..to inclusive ("2026Q1".."2026Q4"); empty when to is before from. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) out.push(quarterAt(i));
  return out;
}
