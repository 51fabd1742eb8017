import { describe, expect, it } from "vitest";
import { matchesCron, SCHEDULES, toEventBridgeCron } from "../src/index.ts";

describe("schedules on the Shanghai clock", () => {
  it("matches 01:00 Beijing time on the first day of a quarter, which is 17:00 UTC the day before", () => {
    const cron = "0 1 1 1,4,7,10 *";
    expect(matchesCron(cron, new Date("2026-09-30T17:00:00Z"))).toBe(true);
    expect(matchesCron(cron, new Date("2026-10-01T01:00:00Z"))).toBe(false);
    expect(matchesCron(cron, new Date("2026-08-31T17:00:00Z"))).toBe(false);
  });

  it("converts to EventBridge's UTC cron, moving the first of the month to the last day before", () => {
    expect(toEventBridgeCron("0 1 1 1,4,7,10 *")).toBe("cron(0 17 L 3,6,9,12 ? *)");
    expect(toEventBridgeCron("30 2 * * *")).toBe("cron(30 18 * * ? *)");
    expect(toEventBridgeCron("0 9 * * *")).toBe("cron(0 1 * * ? *)");
    expect(toEventBridgeCron("0 12 1 * *")).toBe("cron(0 4 1 * ? *)");
  });

  it("refuses schedules it cannot convert instead of running them at the wrong time", () => {
    expect(() => toEventBridgeCron("*/5 * * * *")).toThrow();
    expect(() => toEventBridgeCron("0 9 * * 1")).toThrow();
    expect(() => toEventBridgeCron("0 25 * * *")).toThrow();
  });

  it("every schedule in the table converts", () => {
    for (const s of SCHEDULES) expect(toEventBridgeCron(s.cron)).toMatch(/^cron\(/);
  });
});
