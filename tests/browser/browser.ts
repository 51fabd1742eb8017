import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startPlatform } from "../../packages/local/src/platform.ts";

/** The system Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

const WEB_INDEX = join(import.meta.dirname, "../../web/dist/index.html");

/** The desktop size the staff pages are checked at. */
export const DESKTOP = { width: 1366, height: 768 };

/** Launches the system Chromium headless; throws with an install hint when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

export interface BrowserSuite {
  /** Runs `run` in a fresh browser context, so language and session never leak between tests. */
  withPage(
    run: (page: Page, url: string) => Promise<void>,
    viewport?: { width: number; height: number },
  ): Promise<void>;
}

/**
 * For one test file: before its tests, starts the platform in-process (demo data, a fresh
 * temporary data directory, a free port) serving the built web/dist, and Chromium; after them,
 * stops both and removes the data.
 */
export function useBrowserSuite(): BrowserSuite {
  let platform: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(WEB_INDEX)) throw new Error("web/dist is not built: run `npm run build:web` first");
    dataDir = mkdtempSync(join(tmpdir(), "liaison-browser-"));
    platform = await startPlatform({ port: 0, dataDir, demo: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    async withPage(run, viewport = DESKTOP) {
      if (!browser || !platform) throw new Error("the browser or the platform did not start");
      const context = await browser.newContext({ viewport });
      try {
        await run(await context.newPage(), platform.url);
      } finally {
        await context.close();
      }
    },
  };
}

/** Signs in through the sign-in page (in Chinese, the default language). */
export async function signIn(page: Page, url: string, username: string, password = "demo"): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}
