import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../support/platform.ts";

const WEB = "https://liaison.example.gov.cn";
let platform: TestPlatform;
beforeAll(async () => {
  // Read when the handler modules load, as in Lambda, where the stack sets it.
  process.env.WEB_ORIGINS = WEB;
  platform = await startTestPlatform({ demo: false });
});
afterAll(async () => {
  delete process.env.WEB_ORIGINS;
  await platform.dispose();
});

describe("CORS", () => {
  it("allows the configured web origin and no other", async () => {
    const ok = await fetch(`${platform.url}/api/health`, { headers: { origin: WEB } });
    expect(ok.headers.get("access-control-allow-origin")).toBe(WEB);
    const other = await fetch(`${platform.url}/api/health`, { headers: { origin: "https://evil.example.com" } });
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
