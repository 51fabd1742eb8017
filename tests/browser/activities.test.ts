import { describe, expect, it } from "vitest";
import { signIn, useBrowserSuite } from "./browser.ts";

const PHONE = { width: 375, height: 812 };
/** A tiny real PNG (1×1 pixel). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const { withPage } = useBrowserSuite();

describe("themed activities", () => {
  it("county publishes and enrols, a town adds a session and marks attendance, the delegate signs up and checks in, the outcome shows everywhere", async () => {
    const theme = "学习宣讲惠民政策进乡镇";
    const opinionTitle = "建议增加社区夜间照明";
    let activityUrl = "";
    let code = "";
    let sessionPath = "";

    // The county office creates the activity for the county and its towns, then publishes it.
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("staff-nav").getByRole("link", { name: "主题实践活动" }).click();
      await page.getByTestId("activities-page").waitFor();
      await page.getByRole("button", { name: "发起活动" }).click();
      await page.getByTestId("activity-new-page").waitFor();
      await page.getByLabel("活动主题").fill(theme);
      await page.getByLabel("活动说明").fill("各乡镇组织党代表宣讲医保和养老政策。");
      await page.getByLabel("活动类型").click();
      await page.getByTitle("宣讲").click();
      expect(await page.getByTestId("target-units").getByRole("checkbox", { name: "永登县 620121" }).isChecked()).toBe(
        true,
      );
      await page.getByRole("button", { name: "保存草稿" }).click();
      await page.getByTestId("activity-page").waitFor();
      expect(await page.getByTestId("activity-status").textContent()).toBe("草稿");
      await page.getByRole("button", { name: "发布" }).click();
      await page.getByTestId("activity-status").getByText("已发布").waitFor();
      activityUrl = page.url();

      // The office enrols a town member (who has no phone) from the town's roster.
      const enrol = page.getByTestId("enrol-panel");
      await enrol.getByTestId("enrol-unit").click();
      await page.locator(".ant-select-tree-node-content-wrapper", { hasText: /^城关镇$/ }).click();
      await enrol.getByRole("checkbox", { name: "赵丽" }).check();
      await enrol.getByRole("button", { name: "为所选 1 人报名" }).click();
      await page.getByText("已报名 1 人").first().waitFor();
      await expect.poll(() => enrol.getByRole("checkbox", { name: "赵丽" }).isDisabled()).toBe(true);
      expect(await page.getByTestId("participants").textContent()).toContain("赵丽 · 办公室报名");
    });

    // A town office adds a session now and shows its code (and QR code).
    await withPage(async (page, url) => {
      await signIn(page, url, "town");
      await page.getByTestId("staff-nav").waitFor();
      await page.goto(activityUrl);
      await page.getByTestId("add-session-form").getByLabel("地点").fill("城关镇东街社区活动中心");
      await page.getByRole("button", { name: "添加场次" }).click();
      await page.getByTestId("checkin-code").waitFor();
      code = ((await page.getByTestId("checkin-code").textContent()) ?? "").trim();
      expect(code).toMatch(/^\d{6}$/);
      expect(await page.getByTestId("checkin-qr").locator("img").count()).toBe(1);

      // The organiser marks the enrolled member, who has no phone, present.
      await page.getByTestId("session-card").getByRole("button", { name: "签到名单" }).click();
      const person = page.getByTestId("attendance-person").filter({ hasText: "赵丽" });
      await person.getByRole("button", { name: "代为签到" }).click();
      await person.getByText("已签到").waitFor();
      await page.getByTestId("session-card").getByText("已签到 1 人").waitFor();
    });

    // The delegate, on a phone, signs up and checks in with the code.
    await withPage(async (page, url) => {
      await signIn(page, url, "delegate");
      await page.getByTestId("staff-nav").waitFor();
      await page.goto(`${url}/activities`);
      await page.getByRole("link", { name: theme }).click();
      await page.getByTestId("activity-page").waitFor();
      await page.getByRole("button", { name: "报名参加" }).click();
      await page.getByTestId("activity-page").getByText("已报名").first().waitFor();
      await page.getByRole("button", { name: "签到" }).click();
      await page.getByTestId("checkin-page").waitFor();
      sessionPath = new URL(page.url()).search;
      await page.getByLabel("签到码").fill(code);
      await page.getByRole("button", { name: "签到" }).click();
      await page.getByTestId("checkin-done").getByText("签到成功").waitFor();
    }, PHONE);
    expect(sessionPath).toContain("session=s");

    // The town records the outcome with one photo and one opinion.
    await withPage(async (page, url) => {
      await signIn(page, url, "town");
      await page.getByTestId("staff-nav").waitFor();
      await page.goto(activityUrl);
      await page.getByRole("button", { name: "记录成果" }).click();
      const form = page.getByTestId("outcome-form");
      await form.getByLabel("成果摘要").fill("向 40 余名居民宣讲政策,收集意见 1 条。");
      await form.getByLabel("覆盖群众人数").fill("40");
      await page.getByTestId("photo-input").setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PNG });
      await page.getByRole("button", { name: "添加一条意见" }).click();
      await form.getByLabel("意见标题").fill(opinionTitle);
      await form.getByLabel("意见内容").fill("东街社区晚上照明不足,老人出行不便。");
      await page.getByRole("button", { name: "提交成果" }).click();
      const outcome = page.getByTestId("outcome");
      await outcome.waitFor();
      expect(await outcome.textContent()).toContain(opinionTitle);
      expect(await outcome.textContent()).toContain("覆盖群众 40 人");
      // The photo loads from storage through its presigned URL.
      const photo = page.getByTestId("outcome-photo").locator("img").first();
      await photo.waitFor();
      await expect
        .poll(() =>
          photo.evaluate((img) => {
            const image = img as unknown as { complete: boolean; naturalWidth: number };
            return image.complete && image.naturalWidth;
          }),
        )
        .toBe(1);
    });

    // The county office follows participation per unit.
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("staff-nav").waitFor();
      await page.goto(activityUrl);
      const row = page.getByTestId("participation").locator("tr", { hasText: "城关镇" });
      await row.waitFor();
      const cells = await row.locator("td").allTextContents();
      // unit, sessions, held, sign-ups, check-ins, reached, opinions, photos
      expect(cells.slice(1)).toEqual(["1", "1", "1", "2", "40", "1", "1"]);
      const participants = await page.getByTestId("participants").textContent();
      expect(participants).toContain("李华");
      expect(participants).toContain("赵丽 · 办公室报名 · 已签到 1 人");
    });

    // The delegate's duty record lists the activity and the check-in.
    await withPage(async (page, url) => {
      await signIn(page, url, "delegate");
      // On a phone the header menu may fold the link into "…"; the home page's card shows it too.
      await page.getByTestId("staff-nav").waitFor();
      await page.getByRole("link", { name: "履职档案" }).filter({ visible: true }).first().click();
      const item = page.getByTestId("record-activities").locator("li", { hasText: theme });
      await item.waitFor();
      expect(await item.textContent()).toContain("已签到");
    }, PHONE);

    // The opinion entered the Opinions pipeline: the county's triage list shows it, source "activity".
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("staff-nav").waitFor();
      await page.goto(`${url}/opinions?source=activity`);
      const row = page.getByTestId("opinions-table").locator("tr", { hasText: opinionTitle });
      await row.waitFor();
      expect(await row.textContent()).toContain("主题实践活动");
    });
    // Seven sign-ins on a shared machine: more than the default minute.
  }, 120_000);
});
