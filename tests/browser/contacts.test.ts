import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { quarterOf } from "../../packages/core/src/time/quarter.ts";
import { signIn, useBrowserSuite } from "./browser.ts";

const PHONE = { width: 375, height: 812 };

const { withPage } = useBrowserSuite();

/** The current quarter as the coverage page's picker names it ("2026年第4季度"), Beijing time. */
function currentQuarterLabel(): string {
  const quarter = quarterOf(new Date());
  return `${quarter.slice(0, 4)}年第${quarter.slice(5)}季度`;
}

/** A CSV roster with the template's Chinese headers, as an office would save it. */
function rosterCsv(rows: string[][]): Buffer {
  const lines = [["党员编号", "姓名", "身份", "单位代码", "手机号码"], ...rows].map((r) => r.join(","));
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

async function chooseRosterFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId("roster-file").locator('input[type="file"]').setInputFiles({
    name,
    mimeType: "text/csv",
    buffer,
  });
  await page.getByRole("button", { name: "开始导入" }).click();
}

describe("contact chains", () => {
  it("a delegate logs a contact on a phone and sees it in the ledger; the office sees the coverage", async () => {
    const topic = "了解社区养老服务需求";
    await withPage(async (page, url) => {
      await signIn(page, url, "delegate");
      await page.getByTestId("card-contactMembersAndPublic").getByRole("link", { name: "登记联系" }).click();
      await page.getByTestId("log-contact-page").waitFor();
      expect(new URL(page.url()).pathname).toBe("/my/contacts/new");

      await page.getByRole("checkbox", { name: "王芳" }).check();
      await page.getByRole("checkbox", { name: "赵丽" }).check();
      // The channels are button-style radios: the visible button is the radio's label.
      await page.getByTestId("channel").getByText("走访", { exact: true }).click();
      expect(await page.getByRole("radio", { name: "走访" }).isChecked()).toBe(true);
      await page.getByLabel("地点").fill("城关镇东街社区");
      await page.getByLabel("主题").fill(topic);
      await page.getByLabel("内容摘要").fill("入户走访,听取对社区食堂和日间照料中心的意见。");
      await page.getByRole("button", { name: "登记" }).click();

      await page.getByTestId("ledger-page").waitFor();
      expect(new URL(page.url()).pathname).toBe("/my/ledger");
      const entry = page.getByTestId("ledger-list").locator(".contact-card", { hasText: topic });
      await entry.waitFor();
      const text = (await entry.textContent()) ?? "";
      expect(text).toContain("王芳");
      expect(text).toContain("赵丽");
      expect(text).toContain("走访");
    }, PHONE);

    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("card-roster").getByRole("link", { name: "联系覆盖" }).click();
      const coverage = page.getByTestId("coverage-page");
      await coverage.waitFor();
      // The page opens on the office's own unit and the current quarter.
      await coverage.getByTestId("unit-picker").getByText("永登县").waitFor();
      await coverage.getByTestId("quarter-picker").getByText(currentQuarterLabel()).waitFor();

      const tier = page.getByTestId("coverage-delegate-member");
      await tier.getByText("党代表联系党员").waitFor();
      await tier.getByText("应联系 4,已联系 2").waitFor();
      expect(await tier.getByTestId("coverage-contacted-delegate-member").textContent()).toMatch(
        /^已联系\s*2\s*\/\s*4$/,
      );
      expect(await tier.getByTestId("coverage-rate-delegate-member").textContent()).toContain("50%");

      // 孙伟 is still to be contacted, with 李华 responsible; 王芳 and 赵丽 are off the list.
      const worklist = page.getByTestId("not-contacted-table");
      await worklist.getByRole("row", { name: /孙伟.*李华/ }).waitFor();
      const rows = await worklist.getByRole("row").allTextContents();
      const delegateRows = rows.filter((r) => r.includes("党代表联系党员"));
      expect(delegateRows.some((r) => r.includes("王芳") || r.includes("赵丽"))).toBe(false);
    });
  });

  it("the office imports a roster: a bad row is named with its reason, the fixed file imports", async () => {
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("staff-nav").getByRole("link", { name: "导入花名册" }).click();
      await page.getByTestId("roster-import-page").waitFor();

      await chooseRosterFile(
        page,
        "花名册.csv",
        rosterCsv([
          ["YD3001", "钱进", "党员", "620121", "13809313001"],
          ["YD3002", "李想", "党员", "620121", "12345"],
        ]),
      );
      const problems = page.getByTestId("import-problems");
      await problems.waitFor();
      await page.getByTestId("import-error").getByText("1 行有误,未导入任何数据").waitFor();
      const row = problems.getByRole("row", { name: /手机号码/ });
      expect(await row.getByRole("cell").allTextContents()).toEqual(["3", "手机号码", "手机号码应为 11 位数字"]);

      await chooseRosterFile(
        page,
        "花名册.csv",
        rosterCsv([
          ["YD3001", "钱进", "党员", "620121", "13809313001"],
          ["YD3002", "李想", "党员", "620121", "13809313002"],
        ]),
      );
      const result = page.getByTestId("import-result");
      await result.getByText("导入成功,共 2 行").waitFor();
      expect(await result.getByRole("row", { name: /新增人员/ }).textContent()).toMatch(/新增人员\s*2(?!\d)/);
      expect(await page.getByTestId("import-problems").count()).toBe(0);

      await result.getByRole("link", { name: /查看花名册/ }).click();
      await page.getByTestId("roster-table").getByText("李想").waitFor();
    });
  });
});
