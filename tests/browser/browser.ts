import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
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

const WEB_DIST = join(import.meta.dirname, "../../web/dist");

/** The desktop size the staff pages are checked at. */
export const DESKTOP = { width: 1366, height: 768 };

/** The origin pages are loaded from when a suite runs without the platform (its page.route serves them). */
export const OFFLINE_ORIGIN = "http://liaison.test";

/** Launches the system Chromium headless; throws with an install hint when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

export interface BrowserSuite {
  /**
   * Runs `run` in a fresh browser context, so language and session never leak between tests;
   * `url` is the platform's address (OFFLINE_ORIGIN for a suite without the platform).
   */
  withPage(
    run: (page: Page, url: string) => Promise<void>,
    viewport?: { width: number; height: number },
  ): Promise<void>;
}

/**
 * For one test file: before its tests, starts Chromium and (unless `platform: false`) the
 * platform in-process with demo data in a fresh temporary folder, on a free port, serving a copy
 * of the built web/dist taken at start (so a rebuild during the run cannot pull the pages away);
 * after them, stops both and removes the folder.
 */
export function useBrowserSuite(options: { platform?: boolean } = {}): BrowserSuite {
  const withPlatform = options.platform ?? true;
  let platform: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let tempDir: string | undefined;

  beforeAll(async () => {
    if (withPlatform) {
      if (!existsSync(join(WEB_DIST, "index.html"))) {
        throw new Error("web/dist is not built: run `npm run build:web` first");
      }
      tempDir = mkdtempSync(join(tmpdir(), "liaison-browser-"));
      const webDir = join(tempDir, "web");
      cpSync(WEB_DIST, webDir, { recursive: true });
      platform = await startPlatform({ port: 0, dataDir: join(tempDir, "data"), demo: true, webDir });
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  return {
    async withPage(run, viewport = DESKTOP) {
      if (!browser || (withPlatform && !platform)) throw new Error("the browser or the platform did not start");
      const context = await browser.newContext({ viewport });
      try {
        await run(await context.newPage(), platform?.url ?? OFFLINE_ORIGIN);
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
