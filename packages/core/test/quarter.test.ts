import { describe, expect, it } from "vitest";
import { quarterOf, quarterRange, shanghaiDate } from "../src/index.ts";

describe("quarters on the Asia/Shanghai calendar", () => {
  it("puts 30 Sep 23:30 Beijing time (15:30 UTC) in Q3 and 1 Oct 00:30 Beijing time (30 Sep 16:30 UTC) in Q4", () => {
    expect(quarterOf("2026-09-30T15:30:00Z")).toBe("2026Q3");
    expect(quarterOf("2026-09-30T16:30:00Z")).toBe("2026Q4");
  });

  it("starts a year at midnight Beijing time, the previous evening in UTC", () => {
    expect(quarterOf("2026-12-31T16:00:00Z")).toBe("2027Q1");
    expect(quarterRange("2027Q1")).toEqual({
      quarter: "2027Q1",
      start: "2026-12-31T16:00:00.000Z",
      end: "2027-03-31T16:00:00.000Z",
    });
  });

  it("gives the Shanghai calendar date of an instant", () => {
    expect(shanghaiDate("2026-11-26T17:00:00Z")).toBe("2026-11-27");
  });
});
