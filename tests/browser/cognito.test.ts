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
const REFRESH_TOKEN = "refresh-token-of-office";
const REFRESHED_ID_TOKEN = "header.refreshed-id-token.signature";
const NEW_USER_ID_TOKEN = "header.id-token-after-new-password.signature";
const NEW_USER_REFRESH_TOKEN = "refresh-token-of-newcomer";
const CHALLENGE_SESSION = "AYABeCognitoChallengeSession";
const TEMPORARY_PASSWORD = "Temp-pass-7";
const NEW_PASSWORD = "my new secret 2025";

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
/** An account the office has just created with a temporary password. */
const NEWCOMER = { id: "u-newcomer", username: "newcomer", name: "王芳", roles: ["office"], unitId: "620121" };
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
  cognito: { headers: Record<string, string>; body: CognitoRequest }[];
  api: { path: string; authorization?: string }[];
}

interface CognitoRequest {
  AuthFlow?: string;
  ClientId?: string;
  AuthParameters?: { USERNAME?: string; PASSWORD?: string; REFRESH_TOKEN?: string };
  ChallengeName?: string;
  Session?: string;
  ChallengeResponses?: { USERNAME?: string; NEW_PASSWORD?: string };
}

interface FakeOptions {
  /** The lifetime (seconds) of the ID token a password sign-in issues. */
  expiresIn?: number;
  /** Cognito refuses the refresh token (revoked, expired). */
  refreshRefused?: boolean;
  /** Cognito's challenge session has expired by the time the new password arrives. */
  challengeExpired?: boolean;
}

interface Fake {
  seen: Seen;
  /** ID tokens /api refuses from now on (as if revoked). */
  refused: Set<string>;
}

const USERS: Record<string, typeof OFFICE> = {
  [ID_TOKEN]: OFFICE,
  [REFRESHED_ID_TOKEN]: OFFICE,
  [NEW_USER_ID_TOKEN]: NEWCOMER,
};

function cognitoAnswer(route: Route, answer: unknown, status = 200): Promise<void> {
  return route.fulfill({
    status,
    headers: CORS,
    contentType: "application/x-amz-json-1.1",
    body: JSON.stringify(answer),
  });
}

function cognitoError(route: Route, type: string, message: string): Promise<void> {
  return cognitoAnswer(route, { __type: type, message }, 400);
}

function tokens(idToken: string, expiresIn: number, refreshToken?: string) {
  return {
    AuthenticationResult: {
      AccessToken: ACCESS_TOKEN,
      IdToken: idToken,
      ...(refreshToken ? { RefreshToken: refreshToken } : {}),
      ExpiresIn: expiresIn,
      TokenType: "Bearer",
    },
    ChallengeParameters: {},
  };
}

/** The body RespondToAuthChallenge must receive for the newcomer's new password. */
const NEW_PASSWORD_REQUEST: CognitoRequest = {
  ChallengeName: "NEW_PASSWORD_REQUIRED",
  ClientId: CLIENT_ID,
  Session: CHALLENGE_SESSION,
  ChallengeResponses: { USERNAME: "newcomer", NEW_PASSWORD },
};

/** Serves the Cognito build and a small API at OFFLINE_ORIGIN, and stands in for Cognito's endpoint. */
async function serve(page: Page, options: FakeOptions = {}): Promise<Fake> {
  const seen: Seen = { cognito: [], api: [] };
  const refused = new Set<string>();
  await page.route(`${OFFLINE_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith("/api/")) {
      const authorization = route.request().headers().authorization;
      seen.api.push({ path: url.pathname, authorization });
      if (url.pathname === "/api/units") return route.fulfill({ json: UNITS });
      const token = authorization?.replace(/^Bearer /, "") ?? "";
      const user = refused.has(token) ? undefined : USERS[token];
      if (url.pathname === "/api/me" && user) return route.fulfill({ json: user });
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
    const body = request.postDataJSON() as CognitoRequest;
    seen.cognito.push({ headers: request.headers(), body });
    const target = request.headers()["x-amz-target"];
    if (body.ClientId !== CLIENT_ID)
      return cognitoError(route, "ResourceNotFoundException", "User pool client does not exist.");

    if (target === "AWSCognitoIdentityProviderService.RespondToAuthChallenge") {
      if (options.challengeExpired) {
        return cognitoError(route, "NotAuthorizedException", "Invalid session for the user, session is expired.");
      }
      if (body.ChallengeResponses?.NEW_PASSWORD === "rejected-by-cognito-1") {
        return cognitoError(route, "InvalidPasswordException", "Password does not conform to policy.");
      }
      try {
        expect(body).toEqual(NEW_PASSWORD_REQUEST);
      } catch {
        return cognitoError(route, "InvalidParameterException", "Unexpected RespondToAuthChallenge request.");
      }
      return cognitoAnswer(route, tokens(NEW_USER_ID_TOKEN, 3600, NEW_USER_REFRESH_TOKEN));
    }

    if (target !== "AWSCognitoIdentityProviderService.InitiateAuth") {
      return cognitoError(route, "UnknownOperationException", "");
    }
    if (body.AuthFlow === "REFRESH_TOKEN_AUTH") {
      if (options.refreshRefused || body.AuthParameters?.REFRESH_TOKEN !== REFRESH_TOKEN) {
        return cognitoError(route, "NotAuthorizedException", "Invalid Refresh Token");
      }
      // Cognito answers a refresh without a new refresh token (no rotation).
      return cognitoAnswer(route, tokens(REFRESHED_ID_TOKEN, 3600));
    }
    const { USERNAME, PASSWORD } = body.AuthParameters ?? {};
    if (body.AuthFlow === "USER_PASSWORD_AUTH" && USERNAME === "newcomer" && PASSWORD === TEMPORARY_PASSWORD) {
      return cognitoAnswer(route, {
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: CHALLENGE_SESSION,
        ChallengeParameters: {
          USER_ID_FOR_SRP: "newcomer",
          requiredAttributes: "[]",
          userAttributes: JSON.stringify({ name: "王芳", "custom:unitId": "620121" }),
        },
      });
    }
    if (body.AuthFlow !== "USER_PASSWORD_AUTH" || PASSWORD !== "Correct-horse-1") {
      return cognitoError(route, "NotAuthorizedException", "Incorrect username or password.");
    }
    return cognitoAnswer(route, tokens(ID_TOKEN, options.expiresIn ?? 3600, REFRESH_TOKEN));
  });
  return { seen, refused };
}

type StoredSession = { token: string; expiresAt: number; refreshToken?: string; user: { name: string } } | null;

async function storedSession(page: Page): Promise<StoredSession> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem("liaison.session"))) ?? "null") as StoredSession;
}

describe("sign-in against Cognito (deployed build)", () => {
  it("signs in with USER_PASSWORD_AUTH, keeps the ID token and loads the user from /api/me", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page);
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

      const stored = await storedSession(page);
      expect(stored?.token).toBe(ID_TOKEN);
      expect(stored?.refreshToken).toBe(REFRESH_TOKEN);
      expect(stored?.expiresAt).toBeGreaterThanOrEqual(before + 3600);
      expect(stored?.expiresAt).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
    });
  });

  it("a wrong password shows the same message as the local sign-in", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page);
      await signIn(page, url, "office", "wrong-password");
      await page.getByTestId("login-error").getByText("用户名或密码错误").waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(seen.cognito).toHaveLength(1);
      expect(seen.api.some((r) => r.path === "/api/me" || r.path === "/api/auth/login")).toBe(false);
    });
  });

  it("signing out forgets the refresh token with the session", async () => {
    await withPage(async (page, url) => {
      await serve(page);
      await signIn(page, url, "office", "Correct-horse-1");
      await page.getByTestId("home-office").waitFor();
      expect((await storedSession(page))?.refreshToken).toBe(REFRESH_TOKEN);
      await page.getByRole("button", { name: "退出登录" }).click();
      await page.getByRole("button", { name: "登录" }).waitFor();
      expect(await storedSession(page)).toBeNull();
    });
  });
});

describe("first sign-in with a temporary password (NEW_PASSWORD_REQUIRED)", () => {
  it("sets a new password with RespondToAuthChallenge and lands on the user's home page", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page);
      await signIn(page, url, "newcomer", TEMPORARY_PASSWORD);
      const form = page.getByTestId("new-password");
      await form.getByRole("heading", { name: "设置新密码" }).waitFor();
      await form.getByText("至少 10 个字符,须包含小写字母和数字").waitFor();
      expect(seen.api.some((r) => r.path === "/api/me")).toBe(false);

      await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("确认新密码").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "设置新密码并登录" }).click();
      await page.getByTestId("home-office").waitFor();
      await page.getByTestId("user-name").getByText("王芳").waitFor();

      expect(seen.cognito).toHaveLength(2);
      const [initiate, respond] = seen.cognito;
      expect(initiate?.body.AuthFlow).toBe("USER_PASSWORD_AUTH");
      expect(respond?.headers["x-amz-target"]).toBe("AWSCognitoIdentityProviderService.RespondToAuthChallenge");
      expect(respond?.headers["content-type"]).toBe("application/x-amz-json-1.1");
      expect(respond?.body).toEqual(NEW_PASSWORD_REQUEST);
      expect(seen.api.find((r) => r.path === "/api/me")?.authorization).toBe(`Bearer ${NEW_USER_ID_TOKEN}`);

      const stored = await storedSession(page);
      expect(stored?.token).toBe(NEW_USER_ID_TOKEN);
      expect(stored?.refreshToken).toBe(NEW_USER_REFRESH_TOKEN);
      expect(stored?.user.name).toBe("王芳");
    });
  });

  it("refuses a mismatched confirmation, a weak password and the temporary one in the form, without calling Cognito", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page);
      await signIn(page, url, "newcomer", TEMPORARY_PASSWORD);
      await page.getByTestId("new-password").waitFor();
      const submit = page.getByRole("button", { name: "设置新密码并登录" });

      await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("确认新密码").fill(`${NEW_PASSWORD}!`);
      await submit.click();
      await page.getByText("两次输入的新密码不一致").waitFor();

      await page.getByLabel("新密码", { exact: true }).fill("short1");
      await page.getByLabel("确认新密码").fill("short1");
      await submit.click();
      await page.getByText("新密码不符合密码规则").waitFor();

      await page.getByLabel("新密码", { exact: true }).fill(TEMPORARY_PASSWORD);
      await page.getByLabel("确认新密码").fill(TEMPORARY_PASSWORD);
      await submit.click();
      await page.getByText("新密码不能与临时密码相同").waitFor();

      expect(seen.cognito).toHaveLength(1);
      expect(new URL(page.url()).pathname).toBe("/login");
    });
  });

  it("explains a password Cognito refuses, and sends the user back to sign in when the challenge expired", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page);
      await signIn(page, url, "newcomer", TEMPORARY_PASSWORD);
      await page.getByLabel("新密码", { exact: true }).fill("rejected-by-cognito-1");
      await page.getByLabel("确认新密码").fill("rejected-by-cognito-1");
      await page.getByRole("button", { name: "设置新密码并登录" }).click();
      await page.getByTestId("new-password-error").getByText("新密码不符合要求", { exact: false }).waitFor();
      expect(seen.cognito).toHaveLength(2);
    });
    await withPage(async (page, url) => {
      const { seen } = await serve(page, { challengeExpired: true });
      await signIn(page, url, "newcomer", TEMPORARY_PASSWORD);
      await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("确认新密码").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "设置新密码并登录" }).click();
      await page.getByTestId("login-error").getByText("设置新密码的时限已过,请重新登录").waitFor();
      expect(await page.getByLabel("用户名").inputValue()).toBe("newcomer");
      expect(seen.cognito).toHaveLength(2);
      expect(await storedSession(page)).toBeNull();
    });
  });
});

describe("session refresh with the refresh token (REFRESH_TOKEN_AUTH)", () => {
  it("replaces an ID token shortly before it expires, without a new sign-in", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page, { expiresIn: 4 });
      await signIn(page, url, "office", "Correct-horse-1");
      await page.getByTestId("home-office").waitFor();
      const signedInAt = Date.now();
      expect((await storedSession(page))?.token).toBe(ID_TOKEN);

      await expect.poll(() => seen.cognito.length, { timeout: 10_000 }).toBe(2);
      const refresh = seen.cognito[1];
      expect(refresh?.headers["x-amz-target"]).toBe("AWSCognitoIdentityProviderService.InitiateAuth");
      expect(refresh?.body).toEqual({
        AuthFlow: "REFRESH_TOKEN_AUTH",
        ClientId: CLIENT_ID,
        AuthParameters: { REFRESH_TOKEN },
      });
      await expect.poll(async () => (await storedSession(page))?.token, { timeout: 10_000 }).toBe(REFRESHED_ID_TOKEN);
      const stored = await storedSession(page);
      expect(stored?.refreshToken).toBe(REFRESH_TOKEN);
      expect(stored?.expiresAt).toBeGreaterThan(Math.floor(Date.now() / 1000) + 3500);

      // Past the first token's expiry the user is still signed in, and the API gets the new token.
      await page.waitForTimeout(Math.max(0, signedInAt + 5_000 - Date.now()));
      expect(new URL(page.url()).pathname).toBe("/home");
      await page.reload();
      await page.getByTestId("user-name").getByText("陈静").waitFor();
      await expect
        .poll(() => seen.api.filter((r) => r.path === "/api/me").at(-1)?.authorization, { timeout: 10_000 })
        .toBe(`Bearer ${REFRESHED_ID_TOKEN}`);
      expect(seen.cognito.filter((c) => c.body.AuthFlow === "USER_PASSWORD_AUTH")).toHaveLength(1);
      expect(seen.cognito).toHaveLength(2);
    });
  });

  it("refreshes once when the API refuses the ID token", async () => {
    await withPage(async (page, url) => {
      const { seen, refused } = await serve(page);
      await signIn(page, url, "office", "Correct-horse-1");
      await page.getByTestId("home-office").waitFor();
      refused.add(ID_TOKEN);
      await page.reload();

      await expect.poll(async () => (await storedSession(page))?.token, { timeout: 10_000 }).toBe(REFRESHED_ID_TOKEN);
      expect(seen.cognito.map((c) => c.body.AuthFlow)).toEqual(["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]);
      await page.getByTestId("user-name").getByText("陈静").waitFor();
      expect(new URL(page.url()).pathname).toBe("/home");

      // When the API refuses the refreshed token as well, the session ends: no second refresh.
      refused.add(REFRESHED_ID_TOKEN);
      await page.reload();
      await page.getByText("登录已过期,请重新登录").waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await storedSession(page)).toBeNull();
      expect(seen.cognito.map((c) => c.body.AuthFlow)).toEqual([
        "USER_PASSWORD_AUTH",
        "REFRESH_TOKEN_AUTH",
        "REFRESH_TOKEN_AUTH",
      ]);
    });
  });

  it("ends the session as before when Cognito refuses the refresh token", async () => {
    await withPage(async (page, url) => {
      const { seen } = await serve(page, { expiresIn: 3, refreshRefused: true });
      await signIn(page, url, "office", "Correct-horse-1");
      // The refresh comes halfway through the token's life; a slow machine may not show the home page first.
      await page.getByText("登录已过期,请重新登录").waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(seen.cognito.map((c) => c.body.AuthFlow)).toEqual(["USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH"]);
      expect(await storedSession(page)).toBeNull();
    });
  });
});
