import { describe, expect, it } from "vitest";
import { signIn, useBrowserSuite } from "./browser.ts";

/** Each demo account (password "demo"), the Chinese role heading and the unit its header names. */
const ACCOUNTS = [
  { role: "province", heading: "省委组织部", unit: "甘肃省" },
  { role: "office", heading: "代表联络办公室", unit: "永登县" },
  { role: "committee", heading: "党委委员", unit: "永登县" },
  { role: "delegate", heading: "党代表", unit: "永登县" },
  { role: "member", heading: "党员", unit: "永登县" },
  { role: "handler", heading: "承办单位", unit: "永登县" },
] as const;

const { withPage } = useBrowserSuite();

describe("role home pages", () => {
  it.each(ACCOUNTS)("$role signs in and sees the $heading home page", async ({ role, heading, unit }) => {
    await withPage(async (page, url) => {
      await signIn(page, url, role, "demo");
      const home = page.getByTestId(`home-${role}`);
      await home.waitFor();
      await home.getByRole("heading", { name: heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/home");
      await page.getByTestId("user-unit").getByText(unit).waitFor();
    });
  });

  it("signing out returns to the sign-in page", async () => {
    await withPage(async (page, url) => {
      await signIn(page, url, "office", "demo");
      await page.getByTestId("home-office").waitFor();
      await page.getByRole("button", { name: "退出登录" }).click();
      await page.getByRole("heading", { name: "工作人员登录" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
    });
  });
});

describe("public and sign-in pages", () => {
  it("the public home offers the opinion entry without signing in", async () => {
    await withPage(
      async (page, url) => {
        await page.goto(`${url}/`);
        const entry = page.getByRole("link", { name: /提交意见建议/ });
        await entry.waitFor();
        await page
          .getByTestId("pilot-units")
          .getByText(/永登县/)
          .waitFor();
        await entry.click();
        await page.getByTestId("opinion-new").getByRole("heading", { name: "提交意见建议" }).waitFor();
        expect(new URL(page.url()).pathname).toBe("/opinions/new");
      },
      { width: 375, height: 740 },
    );
  });

  it("a wrong password shows the API's message on the sign-in page", async () => {
    await withPage(async (page, url) => {
      await signIn(page, url, "office", "not-the-password");
      await page.getByTestId("login-error").getByText("用户名或密码错误").waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
    });
  });

  it("the English switch turns the sign-in page into English and is remembered", async () => {
    await withPage(async (page, url) => {
      await page.goto(`${url}/login`);
      await page.getByRole("heading", { name: "工作人员登录" }).waitFor();
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("heading", { name: "Staff sign-in" }).waitFor();
      await page.getByLabel("Username").waitFor();
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await page.reload();
      await page.getByRole("heading", { name: "Staff sign-in" }).waitFor();
    });
  });

  it("an unknown address shows the not-found page", async () => {
    await withPage(async (page, url) => {
      await page.goto(`${url}/no-such-page`);
      await page.getByRole("heading", { name: "页面不存在" }).waitFor();
    });
  });
});
