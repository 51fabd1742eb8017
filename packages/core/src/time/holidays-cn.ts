/**
 * Mainland China's public holidays and adjusted working days (调休上班), as published by the
 * State Council General Office for 2026 (国办发明电〔2025〕7号). Kept as data: a new year is one
 * more entry, and an office adds its own days in the table (calendar.ts).
 */
export interface CalendarDay {
  /** Shanghai calendar date, YYYY-MM-DD. */
  date: string;
  /** `holiday`: no work although a weekday; `workday`: work although a weekend. */
  kind: "holiday" | "workday";
  name: string;
}

const range = (from: string, to: string, name: string): CalendarDay[] => {
  const out: CalendarDay[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    out.push({ date: new Date(d).toISOString().slice(0, 10), kind: "holiday", name });
  }
  return out;
};
const workday = (date: string, name: string): CalendarDay => ({ date, kind: "workday", name });

export const CN_CALENDAR_2026: CalendarDay[] = [
  ...range("2026-01-01", "2026-01-03", "元旦"),
  workday("2026-01-04", "元旦调休上班"),
  workday("2026-02-14", "春节调休上班"),
  ...range("2026-02-15", "2026-02-23", "春节"),
  workday("2026-02-28", "春节调休上班"),
  ...range("2026-04-04", "2026-04-06", "清明节"),
  ...range("2026-05-01", "2026-05-05", "劳动节"),
  workday("2026-05-09", "劳动节调休上班"),
  ...range("2026-06-19", "2026-06-21", "端午节"),
  workday("2026-09-20", "国庆节调休上班"),
  ...range("2026-09-25", "2026-09-27", "中秋节"),
  ...range("2026-10-01", "2026-10-07", "国庆节"),
  workday("2026-10-10", "国庆节调休上班"),
];

/** Every year the platform ships; years not listed count weekends only until an office adds days. */
export const NATIONAL_CALENDAR: readonly CalendarDay[] = [...CN_CALENDAR_2026];
