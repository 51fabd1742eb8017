import type { CalendarDay } from "./holidays-cn.ts";
import { shanghaiDate, shanghaiMidnight } from "./quarter.ts";

/**
 * Working-day arithmetic on the Shanghai calendar. A calendar maps a date to its exception
 * (a holiday on a weekday, or a working weekend day); every other date is a working day from
 * Monday to Friday.
 */
export type Calendar = ReadonlyMap<string, CalendarDay["kind"]>;

export function calendarOf(...lists: readonly (readonly CalendarDay[])[]): Calendar {
  const map = new Map<string, CalendarDay["kind"]>();
  // Later lists win: a unit's own days override the national ones.
  for (const list of lists) for (const day of list) map.set(day.date, day.kind);
  return map;
}

const DAY_MS = 86_400_000;
const nextDate = (date: string, n = 1) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export function isWorkingDay(calendar: Calendar, date: string): boolean {
  const exception = calendar.get(date);
  if (exception) return exception === "workday";
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after the Shanghai date of `from` (the day itself never counts). */
export function addWorkingDays(calendar: Calendar, from: Date | string, n: number): string {
  let date = shanghaiDate(from);
  let left = n;
  // A guard against a calendar that declares every day a holiday.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    date = nextDate(date);
    if (isWorkingDay(calendar, date)) left--;
  }
  return date;
}

/** The deadline n working days after `from`: the end of that Shanghai day, as a UTC instant. */
export function workingDeadline(calendar: Calendar, from: Date | string, n: number): string {
  const day = addWorkingDays(calendar, from, n);
  return new Date(shanghaiMidnight(nextDate(day)).getTime() - 1).toISOString();
}

/**
 * Working days from one instant to a later one: the working days after the first Shanghai date
 * up to and including the second. Same day → 0; submitted Friday, answered Monday → 1.
 */
export function workingDaysBetween(calendar: Calendar, from: Date | string, to: Date | string): number {
  const start = shanghaiDate(from);
  const end = shanghaiDate(to);
  let count = 0;
  for (let date = nextDate(start); date <= end; date = nextDate(date)) {
    if (isWorkingDay(calendar, date)) count++;
  }
  return count;
}
