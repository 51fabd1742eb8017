import { statSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { quarterOf, shiftQuarter } from "../../packages/core/src/time/quarter.ts";
import { signIn, useBrowserSuite } from "./browser.ts";

const { withPage } = useBrowserSuite();

/** The previous quarter (the demo data has contacts and frozen reports for it), Beijing time. */
const PREVIOUS = shiftQuarter(quarterOf(new Date()), -1);
/** A quarter as the pages name it in Chinese ("2026年第3季度"). */
const label = (quarter: string) => `${quarter.slice(0, 4)}年第${quarter.slice(5)}季度`;

/** The figure the demo contacts count in (its name comes from the API's figure list). */
const DELEGATE_CONTACTS = "联系次数(代表联系党员)";

/** Switches a dashboard card between its chart and its table. */
async function showTable(card: Locator): Promise<void> {
  await card.locator(".ant-segmented").getByText("表格", { exact: true }).click();
}

/** The text of a table cell, found by its row's and its column's text. */
async function cellText(table: Locator, row: string, column: string): Promise<string> {
  const headers = (await table.getByRole("columnheader").allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `column ${column} in ${headers.join(" | ")}`).toBeGreaterThanOrEqual(0);
  const cells = await table.getByRole("row", { name: row }).getByRole("cell").allTextContents();
  return (cells[index] ?? "").trim();
}

async function trail(page: Page): Promise<string> {
  return ((await page.getByTestId("drill-trail").textContent()) ?? "").replace(/\s+/g, "");
}

describe("statistics and quarterly reports", () => {
  it("the province drills down to a county, reads its figures and downloads its quarterly report", async () => {
    await withPage(async (page, url) => {
      await signIn(page, url, "province");
      await page.getByTestId("card-dashboard").getByRole("link", { name: "统计分析" }).click();
      const dashboard = page.getByTestId("dashboard-page");
      await dashboard.waitFor();
      expect(new URL(page.url()).pathname).toBe("/dashboard");
      await page.getByTestId("drill-trail").getByText("甘肃省").waitFor();
      await page
        .getByTestId("stats-totals")
        .getByText(/^甘肃省 · /)
        .waitFor();

      // Drill down by clicking the units in the ranking's table view: province → city → county.
      const ranking = page.getByTestId("ranking");
      await showTable(ranking);
      await ranking.getByTestId("ranking-table").getByRole("link", { name: "兰州市" }).click();
      await page
        .getByTestId("stats-totals")
        .getByText(/^兰州市 · /)
        .waitFor();
      expect(await trail(page)).toBe("甘肃省/兰州市");
      await ranking.getByTestId("ranking-table").getByRole("link", { name: "永登县" }).click();
      await page
        .getByTestId("stats-totals")
        .getByText(/^永登县 · /)
        .waitFor();
      expect(await trail(page)).toBe("甘肃省/兰州市/永登县");
      expect(new URL(page.url()).searchParams.get("unit")).toBe("620121");

      // The default period (the last four quarters) includes the previous one, which has contacts.
      const totals = page.getByTestId("stats-totals");
      await totals.getByText(DELEGATE_CONTACTS).waitFor();
      const trend = page.getByTestId("trend");
      await showTable(trend);
      const trendTable = trend.getByTestId("trend-table");
      await trendTable.getByRole("row", { name: label(PREVIOUS) }).waitFor();
      const contacts = await cellText(trendTable, label(PREVIOUS), DELEGATE_CONTACTS);
      expect(Number(contacts)).toBeGreaterThan(0);

      // Opinion figures by category: one row per configured category.
      const categoryTable = page.getByTestId("categories").getByTestId("category-table");
      await categoryTable.getByRole("row", { name: /交通出行/ }).waitFor();
      await categoryTable.getByText("收到意见建议数").first().waitFor();

      // The county's report for the previous quarter, and its Excel file.
      await page.getByTestId("to-reports").click();
      const reports = page.getByTestId("reports-page");
      await reports.waitFor();
      await reports.getByTestId("quarter-picker").getByText(label(PREVIOUS)).waitFor();
      await reports.getByTestId("reports-table").getByRole("link", { name: "永登县" }).click();
      const report = page.getByTestId("report-page");
      await report.getByRole("heading", { name: `永登县 ${label(PREVIOUS)}季报` }).waitFor();
      await report.getByTestId("report-values").getByText(DELEGATE_CONTACTS).waitFor();
      const [file] = await Promise.all([page.waitForEvent("download"), report.getByTestId("report-xlsx").click()]);
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
      const saved = await file.path();
      expect(statSync(saved).size).toBeGreaterThan(0);
    });
  });

  it("the office submits its county's report with a comment; the province sees it submitted", async () => {
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      // The office's dashboard starts at its own unit.
      await page.getByTestId("staff-nav").getByRole("link", { name: "统计分析" }).click();
      await page
        .getByTestId("stats-totals")
        .getByText(/^永登县 · /)
        .waitFor();
      expect(await trail(page)).toBe("永登县");

      await page.getByTestId("staff-nav").getByRole("link", { name: "季报" }).click();
      const reports = page.getByTestId("reports-page");
      await reports.getByTestId("quarter-picker").getByText(label(PREVIOUS)).waitFor();
      await reports.getByTestId("reports-table").getByRole("link", { name: "永登县" }).click();
      const report = page.getByTestId("report-page");
      await report.getByRole("heading", { name: `永登县 ${label(PREVIOUS)}季报` }).waitFor();
      await report.getByTestId("report-facts").getByText("待上报").waitFor();

      const form = report.getByTestId("submit-report");
      await form
        .getByLabel("上报说明")
        .fill("本季度三个层级均已开展联系,红城镇党代表联系党员覆盖率偏低,下季度重点督促。");
      await form.getByRole("button", { name: "上报" }).click();
      await report.getByTestId("report-submitted").waitFor();
      await report.getByTestId("report-facts").getByText("已上报").waitFor();
      await report
        .getByTestId("report-facts")
        .getByText(/红城镇党代表联系党员覆盖率偏低/)
        .waitFor();
      expect(await report.getByTestId("submit-report").count()).toBe(0);
    });

    await withPage(async (page, url) => {
      await signIn(page, url, "province");
      await page.getByTestId("card-dashboard").getByRole("link", { name: "季报" }).click();
      const reports = page.getByTestId("reports-page");
      await reports.getByTestId("quarter-picker").getByText(label(PREVIOUS)).waitFor();
      const row = reports.getByTestId("reports-table").getByRole("row", { name: /永登县/ });
      await row.getByText("已上报").waitFor();
      // The other units have not submitted yet.
      const town = reports.getByTestId("reports-table").getByRole("row", { name: /红城镇/ });
      await town.getByText("待上报").waitFor();
      await reports
        .getByTestId("report-progress")
        .getByText(/^已上报 1 \/ \d+$/)
        .waitFor();
    });
  });
});
