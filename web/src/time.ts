import { quarterOf, quarterRange, shanghaiDate } from "./chains.ts";

/**
 * Times on the platform are Beijing time (Asia/Shanghai, UTC+8 all year): quarters, deadlines and
 * the ledger export count that way, so the pages show and take times that way whatever the
 * browser's own time zone.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The quarter (2026Q4) an instant falls in, in Beijing time. */
export function currentQuarter(now = new Date()): string {
  return quarterOf(now);
}

/** The quarter before (2026Q1 → 2025Q4). */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** The current quarter and the `count - 1` before it, newest first. */
export function recentQuarters(count: number, now = new Date()): string[] {
  const out = [currentQuarter(now)];
  while (out.length < count) out.push(previousQuarter(out[out.length - 1] as string));
  return out;
}

/** A quarter's first and last calendar day (YYYY-MM-DD, Beijing time). */
export function quarterDates(quarter: string): { from: string; to: string } {
  const range = quarterRange(quarter);
  return { from: shanghaiDate(range.start), to: shanghaiDate(new Date(Date.parse(range.end) - 1)) };
}

/** Beijing wall time "YYYY-MM-DDTHH:mm" of an instant: the value of a datetime-local input. */
export function toLocalInput(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local input value, read as Beijing time, as ISO-8601 with its offset. */
export function fromLocalInput(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}

/** "2026-11-27 09:30", Beijing time. */
export function formatTime(instant: string): string {
  const local = toLocalInput(instant);
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export { shanghaiDate };
