import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFLINE_ORIGIN, signIn, useBrowserSuite } from "./browser.ts";

/**
 * The deployed build signs in with Cognito directly. This builds the web app as stacks/Web.ts
 * does (with the VITE_ Cognito settings), serves it and stands in for Cognito and /api with
 * page.route: no AWS, no platform.
 */
const REPO = join(import.meta.dirname, "../..");
const REGION = "ap-east-1";
const CLIENT_ID = "3h1exampleclientid";
const COGNITO = `https://cognito-idp.${REGION}.amazonaws.com/`;
const ID_TOKEN = "header.id-token-with-custom-unitId.signature";
const ACCESS_TOKEN = "header.access-token-without-unitId.signature";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "content-type, x-amz-target, x-amz-user-agent",
  "access-control-allow-methods": "POST",
};
const OFFICE = { id: "u-office", username: "office", name: "陈静", roles: ["office"], unitId: "620121" };
const UNITS = {
  units: [
    {
      id: "620121",
      name: "永登县",
      level: "county",
      parentId: null,
      path: "620121",
      pilot: true,
      children: [],
    },
  ],
};

let distDir: string | undefined;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), "liaison-cognito-web-"));
  execFileSync(
    process.execPath,
    [join(REPO, "node_modules/vite/bin/vite.js"), "build", "--outDir", distDir, "--emptyOutDir", "--logLevel", "error"],
    {
      cwd: join(REPO, "web"),
      env: {
        ...process.env,
        VITE_AWS_REGION: REGION,
        VITE_COGNITO_USER_POOL_ID: `${REGION}_ExAmPlE`,
        VITE_COGNITO_CLIENT_ID: CLIENT_ID,
      },
      stdio: "pipe",
    },
  );
}, 120_000);

afterAll(() => {
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

const { withPage } = useBrowserSuite({ platform: false });

interface Seen {
  cognito: { headers: Record<string, string>; body: unknown }[];
  api: { path: string; authorization?: string }[];
}

/** Serves the Cognito build and a two-route API at OFFLINE_ORIGIN, and Cognito's endpoint. */
async function serve(page: Page): Promise<Seen> {
  const seen: Seen = { cognito: [], api: [] };
  await page.route(`${OFFLINE_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith("/api/")) {
      const authorization = route.request().headers().authorization;
      seen.api.push({ path: url.pathname, authorization });
      if (url.pathname === "/api/units") return route.fulfill({ json: UNITS });
      if (url.pathname === "/api/me" && authorization === `Bearer ${ID_TOKEN}`) return route.fulfill({ json: OFFICE });
      return route.fulfill({
        status: 401,
        json: { error: { code: "unauthenticated", message: "请先登录或重新登录 / Sign-in required or expired" } },
      });
    }
    const root = distDir as string;
    const file = join(root, normalize(url.pathname));
    const path = file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : join(root, "index.html");
    return route.fulfill({
      body: readFileSync(path),
      contentType: TYPES[extname(path)] ?? "application/octet-stream",
    });
  });
  await page.route(COGNITO, async (route: Route) => {
    const request = route.request();
    if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: CORS });
    const body = request.postDataJSON() as { AuthParameters?: { PASSWORD?: string } };
    seen.cognito.push({ headers: request.headers(), body });
    if (body.AuthParameters?.PASSWORD !== "Correct-horse-1") {
      return route.fulfill({
        status: 400,
        headers: CORS,
        contentType: "application/x-amz-json-1.1",
        body: JSON.stringify({ __type: "NotAuthorizedException", message: "Incorrect username or password." }),
      });
    }
    return route.fulfill({
      headers: CORS,
      contentType: "application/x-amz-json-1.1",
      body: JSON.stringify({
        AuthenticationResult: {
          AccessToken: ACCESS_TOKEN,
          IdToken: ID_TOKEN,
          RefreshToken: "refresh",
          ExpiresIn: 3600,
          TokenType: "Bearer",
        },
        ChallengeParameters: {},
      }),
    });
  });
  return seen;
}

describe("sign-in against Cognito (deployed build)", () => {
  it("signs in with USER_PASSWORD_AUTH, keeps the ID token and loads the user from /api/me", async () => {
    await withPage(async (page, url) => {
      const seen = await serve(page);
      const before = Math.floor(Date.now() / 1000);
      await signIn(page, url, "office", "Correct-horse-1");
      await page.getByTestId("home-office").waitFor();
      await page.getByTestId("user-name").getByText("陈静").waitFor();

      expect(seen.cognito).toHaveLength(1);
      const [call] = seen.cognito;
      expect(call?.headers["content-type"]).toBe("application/x-amz-json-1.1");
      expect(call?.headers["x-amz-target"]).toBe("AWSCognitoIdentityProviderService.InitiateAuth");
      expect(call?.body).toEqual({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { USERNAME: "office", PASSWORD: "Correct-horse-1" },
      });
      expect(seen.api.some((r) => r.path === "/api/auth/login")).toBe(false);
      expect(seen.api.find((r) => r.path === "/api/me")?.authorization).toBe(`Bearer ${ID_TOKEN}`);

      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("liaison.session"))) ?? "null");
      expect(stored.token).toBe(ID_TOKEN);
      expect(stored.expiresAt).toBeGreaterThanOrEqual(before + 3600);
      expect(stored.expiresAt).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
    });
  });

  it("a wrong password shows the same message as the local sign-in", async () => {
    await withPage(async (page, url) => {
      const seen = await serve(page);
      await signIn(page, url, "office", "wrong-password");
      await page.getByTestId("login-error").getByText("用户名或密码错误").waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(seen.cognito).toHaveLength(1);
      expect(seen.api.some((r) => r.path === "/api/me" || r.path === "/api/auth/login")).toBe(false);
    });
  });
});
