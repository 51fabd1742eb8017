import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  CN_CALENDAR_2026,
  calendarOf,
  isWorkingDay,
  workingDaysBetween,
  workingDeadline,
} from "../src/index.ts";

const national = calendarOf(CN_CALENDAR_2026);
/** 10:00 in Shanghai on a date. */
const at10 = (date: string) => new Date(`${date}T02:00:00Z`);

describe("working days on the 2026 calendar", () => {
  it("know the Spring Festival holiday and its adjusted working Saturdays", () => {
    expect(isWorkingDay(national, "2026-02-14")).toBe(true); // Saturday, adjusted working day
    for (let d = 15; d <= 23; d++) expect(isWorkingDay(national, `2026-02-${d}`)).toBe(false);
    expect(isWorkingDay(national, "2026-02-24")).toBe(true);
    expect(isWorkingDay(national, "2026-02-28")).toBe(true); // Saturday, adjusted working day
    expect(isWorkingDay(national, "2026-03-01")).toBe(false); // an ordinary Sunday
  });

  it("count 2 working days to accept across the Spring Festival", () => {
    // Friday 13 February: Saturday the 14th works, then nine days off, then Tuesday the 24th.
    expect(addWorkingDays(national, at10("2026-02-13"), 2)).toBe("2026-02-24");
    expect(workingDeadline(national, at10("2026-02-13"), 2)).toBe("2026-02-24T15:59:59.999Z");
  });

  it("count 15 working days to reply across the festival and the working Saturday after it", () => {
    expect(addWorkingDays(national, at10("2026-02-13"), 15)).toBe("2026-03-12");
    // Without the adjusted Saturdays it would be two days later.
    const noAdjustments = calendarOf(CN_CALENDAR_2026.filter((d) => d.kind === "holiday"));
    expect(addWorkingDays(noAdjustments, at10("2026-02-13"), 15)).toBe("2026-03-16");
  });

  it("use the Shanghai date of an instant, not the UTC one", () => {
    // 17:00 UTC on Friday is already 01:00 on Saturday the 14th in Shanghai.
    expect(addWorkingDays(national, new Date("2026-02-13T17:00:00Z"), 2)).toBe("2026-02-25");
  });

  it("count the working Saturday after the National Day holiday", () => {
    expect(addWorkingDays(national, at10("2026-09-30"), 1)).toBe("2026-10-08");
    expect(addWorkingDays(national, at10("2026-10-09"), 1)).toBe("2026-10-10");
    expect(isWorkingDay(national, "2026-09-20")).toBe(true); // Sunday, adjusted working day
  });

  it("measure working days between two instants", () => {
    expect(workingDaysBetween(national, at10("2026-02-13"), at10("2026-02-13"))).toBe(0);
    expect(workingDaysBetween(national, at10("2026-02-13"), at10("2026-02-24"))).toBe(2);
    expect(workingDaysBetween(national, at10("2026-02-27"), at10("2026-03-02"))).toBe(2);
  });

  it("let a unit's own days override the national calendar", () => {
    const local = calendarOf(CN_CALENDAR_2026, [{ date: "2026-03-02", kind: "holiday", name: "县庆" }]);
    expect(addWorkingDays(local, at10("2026-02-13"), 15)).toBe("2026-03-13");
    const extraWork = calendarOf(CN_CALENDAR_2026, [{ date: "2026-02-23", kind: "workday", name: "补班" }]);
    expect(addWorkingDays(extraWork, at10("2026-02-13"), 2)).toBe("2026-02-23");
  });
});
