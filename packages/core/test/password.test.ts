import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/index.ts";

describe("password hashing", () => {
  it("stores a salted scrypt hash, never the password", async () => {
    const a = await hashPassword("demo");
    const b = await hashPassword("demo");
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toContain("demo");
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses others", async () => {
    const stored = await hashPassword("正确的密码");
    expect(await verifyPassword("正确的密码", stored)).toBe(true);
    expect(await verifyPassword("wrong", stored)).toBe(false);
    expect(await verifyPassword("正确的密码", "plain-text")).toBe(false);
  });
});

describe("demo accounts", () => {
  it("ship a salted hash of the demo password for each account, each different", async () => {
    const { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PASSWORD_HASHES } = await import("../src/index.ts");
    const hashes = DEMO_ACCOUNTS.map((a) => DEMO_PASSWORD_HASHES[a.username] ?? "");
    expect(new Set(hashes).size).toBe(DEMO_ACCOUNTS.length);
    for (const hash of hashes) expect(await verifyPassword(DEMO_PASSWORD, hash)).toBe(true);
  });
});
