import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../packages/core/src/index.ts";
import { signingKeys } from "../../packages/local/src/auth/keys.ts";
import { issueToken, LOCAL_AUDIENCE, LOCAL_ISSUER } from "../../packages/local/src/auth/tokens.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());

const errorShape = expect.objectContaining({
  error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
});

describe("sign-in", () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a] as const))(
    "%s signs in and /me describes them",
    async (_, account) => {
      const res = await api<{ token: string; user: Record<string, unknown> }>(platform.url, "/auth/login", {
        body: { username: account.username, password: "demo" },
      });
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ username: account.username, roles: account.roles, unitId: account.unitId });
      const me = await api(platform.url, "/me", { token: res.body.token });
      expect(me.status).toBe(200);
      expect(me.body).toEqual({
        id: res.body.user.id,
        username: account.username,
        name: account.name,
        roles: account.roles,
        unitId: account.unitId,
        ...(res.body.user.personId ? { personId: res.body.user.personId } : {}),
      });
      // Chain accounts are linked to their roster entry; staff accounts are not.
      expect(Boolean(res.body.user.personId)).toBe(["committee", "delegate", "member"].includes(account.username));
    },
  );

  it("refuses a wrong password with 401 in the error shape", async () => {
    const res = await api(platform.url, "/auth/login", { body: { username: "office", password: "wrong" } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(errorShape);
    expect(res.body).toMatchObject({ error: { code: "bad_credentials" } });
  });

  it("answers an unknown user exactly like a wrong password", async () => {
    const res = await api(platform.url, "/auth/login", { body: { username: "nobody", password: "demo" } });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "bad_credentials" } });
  });

  it("lists each bad field in Chinese and English", async () => {
    const res = await api<{ error: { fields: Record<string, { zh: string; en: string }> } }>(
      platform.url,
      "/auth/login",
      { body: { username: 42 } },
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["password", "username"]);
    expect(res.body.error.fields.password).toEqual({ zh: "请输入密码", en: "Enter a password" });
    expect(res.body.error.fields.username?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("locks a username after ten wrong passwords, even for the right one, with Retry-After", async () => {
    for (let i = 0; i < 10; i++) {
      const res = await api(platform.url, "/auth/login", { body: { username: "member", password: `guess${i}` } });
      expect(res.status).toBe(401);
    }
    const locked = await api(platform.url, "/auth/login", { body: { username: "member", password: "demo" } });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.body).toMatchObject({ error: { code: "rate_limited" } });
  });
});

describe("GET /me refuses tokens it cannot trust", () => {
  it("without a token", async () => {
    const res = await api(platform.url, "/me");
    expect(res.status).toBe(401);
    expect(res.body).toEqual(errorShape);
  });

  it("with a tampered token", async () => {
    const token = await login(platform.url, "delegate");
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    claims["cognito:groups"] = ["province"];
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    const res = await api(platform.url, "/me", { token: forged });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(errorShape);
  });

  it("with an expired token", async () => {
    const account = { id: "x", username: "office", name: "x", roles: ["office" as const], unitId: "620121" };
    const { token } = await issueToken(account, {
      keys: await signingKeys(),
      now: Date.now() - 9 * 3600_000,
      lifetimeSeconds: 3600,
    });
    const res = await api(platform.url, "/me", { token });
    expect(res.status).toBe(401);
  });

  it("with a token signed by another key", async () => {
    const other = await generateKeyPair("RS256");
    const token = await new SignJWT({ "cognito:groups": ["office"], "custom:unitId": "620121", token_use: "id" })
      .setProtectedHeader({ alg: "RS256" })
      .setSubject("intruder")
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(other.privateKey);
    const res = await api(platform.url, "/me", { token });
    expect(res.status).toBe(401);
  });

  it("with a malformed Authorization header", async () => {
    const res = await api(platform.url, "/me", { headers: { authorization: "Basic b2ZmaWNlOmRlbW8=" } });
    expect(res.status).toBe(401);
  });
});
