import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { RATING_LABELS as CORE_RATING_LABELS, OPINION_STATUS_LABELS } from "../../packages/core/src/opinions/schema.ts";
import { RATING_LABELS, STATUS_LABELS } from "../../web/src/opinions.ts";
import { api, login } from "../support/platform.ts";
import { signIn, useBrowserSuite } from "./browser.ts";

const PHONE = { width: 375, height: 812 };
const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;

// Each test's submissions share 127.0.0.1's per-client limit (30 per 10 minutes): this file sends 3.
const { withPage } = useBrowserSuite();

interface OpinionInput {
  title: string;
  content: string;
  category?: string;
  town?: string;
  delegateId?: string;
  name?: string;
  phone?: string;
  consent?: boolean;
}

/** Fills the public form the way a person on a phone would; does not submit. */
async function fillForm(page: Page, url: string, input: OpinionInput): Promise<void> {
  await page.goto(`${url}/opinions/new`);
  const county = page.getByLabel("所在县(市、区)");
  await county.locator("option", { hasText: "永登县" }).waitFor({ state: "attached" });
  await county.selectOption({ label: "永登县" });
  if (input.town) await page.getByLabel("所在乡镇(街道)").selectOption({ label: input.town });
  const category = page.getByLabel("类别", { exact: true });
  await category.locator("option", { hasText: input.category ?? "交通出行" }).waitFor({ state: "attached" });
  await category.selectOption({ label: input.category ?? "交通出行" });
  await page.getByLabel("标题").fill(input.title);
  await page.getByLabel("内容", { exact: true }).fill(input.content);
  if (input.delegateId) {
    const delegate = page.getByLabel("写给哪位党代表(可不选)");
    await delegate.locator(`option[value="${input.delegateId}"]`).waitFor({ state: "attached" });
    await delegate.selectOption(input.delegateId);
  }
  if (input.name) await page.getByLabel("姓名", { exact: true }).fill(input.name);
  if (input.phone) await page.getByLabel("电话", { exact: true }).fill(input.phone);
  if (input.consent) await page.getByLabel(/^我同意/).check();
}

/** Submits the filled form and answers the tracking code shown (on the tracking page it moves to). */
async function submitForm(page: Page): Promise<string> {
  await page.getByRole("button", { name: "提交", exact: true }).click();
  const code = page.getByTestId("tracking-code");
  await code.waitFor();
  return (await code.getAttribute("data-code")) ?? "";
}

/** Opens an opinion from the signed-in user's opinion list (header navigation), by title. */
async function openFromList(page: Page, title: string): Promise<string> {
  await page.getByTestId("staff-nav").getByRole("link", { name: "意见建议" }).click();
  return openListed(page, title);
}

/** Opens an opinion from the list shown: a table at desktop size, cards on a phone. */
async function openListed(page: Page, title: string): Promise<string> {
  const link = page.getByTestId(/^opinions-(table|cards)$/).getByRole("link", { name: title });
  await link.click();
  await page.getByTestId("opinion-detail-page").getByTestId("opinion-title").waitFor();
  return new URL(page.url()).pathname;
}

/** Takes a workflow step on the detail page: opens its form, lets `fill` fill it, confirms. */
async function step(page: Page, name: string, status: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByTestId(`action-${name}`).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole("button", { name: "确定" }).click();
  await page.getByTestId("opinion-status").getByText(status, { exact: true }).waitFor();
}

/** The tracking page's rating form: choose a rating and send it. */
async function rate(page: Page, url: string, code: string, rating: string, status: string): Promise<void> {
  await page.goto(`${url}/opinions/track/${code}`);
  const form = page.getByTestId("rating-form");
  await form.waitFor();
  await form.getByLabel(rating, { exact: true }).check();
  await form.getByRole("button", { name: "提交评价" }).click();
  await page.getByTestId("tracking-status").getByText(status, { exact: true }).waitFor();
  // Where the form was, the submitter reads that the rating arrived.
  await page.getByTestId("rating-done").getByText("评价已提交").waitFor();
}

describe("opinions", () => {
  it("the web's status and rating labels are core's", () => {
    expect(STATUS_LABELS).toEqual(OPINION_STATUS_LABELS);
    expect(RATING_LABELS).toEqual(CORE_RATING_LABELS);
  });

  it("submitted on a phone, accepted and assigned, replied, rated 不满意, redone, rated 满意 and closed", async () => {
    const title = "滨河路夜间路灯不亮";
    let code = "";
    let detailPath = "";

    await withPage(async (page, url) => {
      await fillForm(page, url, {
        title,
        content: "滨河路东段十几盏路灯坏了一个多月,晚上散步很不安全,希望尽快修好。",
        town: "城关镇",
        name: "张明",
        phone: "138 0931 2345",
        consent: true,
      });
      await page
        .getByTestId("content-counter")
        .getByText(/^3\d \/ 2000$/)
        .waitFor();
      code = await submitForm(page);
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
      // Shown grouped for reading, on the tracking page itself: its address is the one to bookmark.
      expect(await page.getByTestId("tracking-code").textContent()).toBe(code.replace(/(.{4})(?=.)/g, "$1 "));
      expect(new URL(page.url()).pathname).toBe(`/opinions/track/${code}`);
      await page.getByTestId("tracking-status").getByText("已提交", { exact: true }).waitFor();
      expect(await page.title()).toBe(`意见办理进度 ${code}`);
      // A reload (or the bookmark) shows the progress again; the "submitted" panel was for once.
      await page.reload();
      await page.getByTestId("tracking-status").getByText("已提交", { exact: true }).waitFor();
      expect(await page.getByTestId("opinion-submitted").count()).toBe(0);
      expect(await page.title()).toBe(`意见办理进度 ${code}`);
    }, PHONE);

    // The office accepts it and assigns it to 永登县, where the handler account works.
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("card-opinionIntake").getByRole("link", { name: "意见建议" }).click();
      await page.getByTestId("opinions-page").getByRole("heading", { name: "意见受理交办" }).waitFor();
      detailPath = await openFromList(page, title);
      // The office sees the contact details the submitter left for exactly this purpose.
      expect(await page.getByTestId("opinion-submitter").textContent()).toContain("张明 · 13809312345");
      await step(page, "accept", "已受理");
      await step(page, "assign", "已交办", async (dialog) => {
        await dialog.getByTestId("assign-unit").click();
        await page.locator(".ant-select-tree-title", { hasText: /^永登县$/ }).click();
      });
    });

    // The handler signs for it and replies, with an internal note.
    await withPage(async (page, url) => {
      await signIn(page, url, "handler");
      await page.getByTestId("card-pendingOpinions").waitFor();
      expect(await openFromList(page, title)).toBe(detailPath);
      await step(page, "sign", "已签收");
      await step(page, "reply", "已答复", async (dialog) => {
        await dialog.getByLabel("答复内容(提交人可以看到)").fill("已安排城管所检修线路,一周内修复。");
        await dialog.getByLabel("内部备注(仅工作人员可见,可不填)").fill("线路老化,需追加预算。");
      });
      const note = page.getByTestId("opinion-history").getByTestId("internal-note");
      expect(await note.textContent()).toBe("内部线路老化,需追加预算。");
    });

    // The submitter is not satisfied: it goes back to the handler once.
    await withPage(async (page, url) => {
      await page.goto(`${url}/opinions/track/${code}`);
      await page.getByText("选择「不满意」将退回承办单位重新办理一次。").waitFor();
      await page.getByTestId("tracking-replies").getByText("已安排城管所检修线路,一周内修复。").waitFor();
      await rate(page, url, code, "不满意", "退回重办");
    }, PHONE);

    await withPage(async (page, url) => {
      await signIn(page, url, "handler");
      await page.getByTestId("home-handler").waitFor();
      await page.goto(`${url}${detailPath}`);
      await page.getByTestId("opinion-status").getByText("退回重办", { exact: true }).waitFor();
      await step(page, "reply", "已答复", async (dialog) => {
        await dialog.getByLabel("答复内容(提交人可以看到)").fill("路灯已全部修复并更换为节能灯。");
      });
    });

    await withPage(async (page, url) => {
      await page.goto(`${url}/opinions/track/${code}`);
      await page.getByText("这已经是重新办理后的答复,评价后即办结。").waitFor();
      await rate(page, url, code, "满意", "已办结");
      // Every step, in order, in Chinese; no internal note or personal data on the public page.
      const steps = page.getByTestId("tracking-steps").locator("li");
      expect(await steps.evaluateAll((items) => items.map((li) => li.getAttribute("data-action")))).toEqual([
        "submit",
        "accept",
        "assign",
        "sign",
        "reply",
        "rate",
        "redo",
        "reply",
        "rate",
        "close",
      ]);
      const text = (await page.getByTestId("tracking-steps").textContent()) ?? "";
      for (const label of [
        "提交意见",
        "受理",
        "交办",
        "签收",
        "答复",
        "评价答复",
        "退回重办",
        "办结",
        "不满意",
        "满意",
      ]) {
        expect(text).toContain(label);
      }
      const body = (await page.locator("body").textContent()) ?? "";
      expect(body).toContain("路灯已全部修复并更换为节能灯。");
      expect(body).not.toContain("线路老化");
      expect(body).not.toContain("张明");
      expect(body).not.toContain("13809312345");
      expect(await page.getByTestId("rating-form").count()).toBe(0);
    }, PHONE);
  });

  it("markup in the title is refused on its field; markup in the content shows as text everywhere and never runs", async () => {
    const title = "小区门口积水问题";
    let code = "";
    await withPage(async (page, url) => {
      // The delegate account's roster entry: the opinion is addressed to it, so it is in the delegate's list.
      const me = await api<{ personId: string }>(url, "/me", { token: await login(url, "delegate") });
      const delegateId = me.body.personId;
      expect(delegateId).toBeTruthy();
      await fillForm(page, url, { title: "<b>积水</b>", content: XSS, delegateId });
      await page.getByRole("button", { name: "提交", exact: true }).click();
      const field = page.locator('[data-field="title"]');
      await field.getByText("标题不能包含 HTML 标签").waitFor();
      await page.getByTestId("opinion-error").getByText("请按提示修改后再提交").waitFor();
      await page.getByLabel("标题").fill(title);
      // Editing a field clears its message.
      expect(await field.getByRole("alert").count()).toBe(0);
      code = await submitForm(page);
    }, PHONE);

    const expectPayloadShownAsText = async (page: Page) => {
      const content = page.getByTestId("opinion-content");
      await content.waitFor();
      expect(await content.textContent()).toBe(XSS);
      expect(await content.locator("script, img").count()).toBe(0);
      expect(await page.evaluate("typeof window.__xss")).toBe("undefined");
    };

    // The office reads it from a filtered list, merges it into an open demo opinion with the
    // picker, and goes back to the list as it was.
    await withPage(async (page, url) => {
      await signIn(page, url, "office");
      await page.getByTestId("home-office").waitFor();
      await page.goto(`${url}/opinions?source=public`);
      await openListed(page, title);
      await expectPayloadShownAsText(page);
      await step(page, "merge", "已并案", async (dialog) => {
        await dialog.getByTestId("merge-target").click();
        // Declined opinions cannot take a merge: the demo's declined one is not offered.
        await page.keyboard.type("社保");
        await page.getByText("没有可以并入的意见").waitFor();
        await page.keyboard.press("Control+A");
        await page.keyboard.type("河道");
        await page.locator(".ant-select-item-option", { hasText: "河道边垃圾无人清理" }).click();
      });
      await page.getByTestId("opinion-back").click();
      await page.getByTestId("opinions-table").getByRole("link", { name: title }).waitFor();
      expect(new URL(page.url()).search).toBe("?source=public");
      // The submitter learns it was merged and where the replies come from.
      await page.goto(`${url}/opinions/track/${code}`);
      await page
        .getByTestId("tracking-reply-note")
        .getByText(/已与反映同一问题的意见并案办理/)
        .waitFor();
    });

    await withPage(async (page, url) => {
      await signIn(page, url, "delegate");
      await page.getByTestId("home-delegate").waitFor();
      await openFromList(page, title);
      await expectPayloadShownAsText(page);
      // A delegate follows it; the office and the handler act on it.
      await page.getByTestId("opinion-no-actions").waitFor();
    }, PHONE);
  });

  it("bad input shows Chinese messages on the fields and sends nothing", async () => {
    await withPage(async (page, url) => {
      const posts: string[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST" && request.url().includes("/api/opinions")) posts.push(request.url());
      });
      await page.goto(`${url}/opinions/new`);
      await page.getByLabel("姓名", { exact: true }).fill("王芳");
      await page.getByLabel("电话", { exact: true }).fill("12345");
      await page.getByRole("button", { name: "提交", exact: true }).click();
      const message = (field: string) => page.locator(`[data-field="${field}"]`).getByRole("alert");
      expect(await message("county").textContent()).toBe("请选择所在县(市、区)");
      expect(await message("category").textContent()).toBe("请选择类别");
      expect(await message("title").textContent()).toBe("请填写标题");
      expect(await message("content").textContent()).toBe("请填写内容");
      expect(await message("phone").textContent()).toBe("请填写正确的手机号或带区号的固定电话");
      expect(await message("consent").textContent()).toBe("留下姓名、电话或党员编号时请勾选同意");
      expect(await page.getByLabel("电话", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      // The honeypot is in the page for bots, out of sight and out of the tab order.
      const honeypot = page.locator('input[name="website"]');
      expect(await honeypot.getAttribute("tabindex")).toBe("-1");
      expect(await page.locator(".op-honeypot").getAttribute("aria-hidden")).toBe("true");
      const box = await honeypot.boundingBox();
      expect(box && box.x + box.width <= 0).toBe(true);
      // Too long a title is kept as typed (never cut) and marked on its field.
      const long = "很".repeat(101);
      await page.getByLabel("标题").fill(long);
      expect(await message("title").textContent()).toBe("不超过 100 字");
      expect(await page.getByLabel("标题").inputValue()).toBe(long);
      expect(await page.getByTestId("title-counter").textContent()).toBe("101 / 100");
      expect(posts).toEqual([]);
    }, PHONE);
  });
});
