import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
let office: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  office = await login(platform.url, "office");
});
afterAll(() => platform.dispose());

const person = { memberNo: "IDEM0001", name: "马兰", unitId: "620121", roles: ["member"], phone: "13912345678" };

describe("Idempotency-Key on writes a client may retry", () => {
  it("returns the first answer to a retry, and 409 when the key comes back with another request", async () => {
    const headers = { "idempotency-key": "add-person-0001" };
    const first = await api(platform.url, "/persons", { token: office, body: person, headers });
    expect(first.status).toBe(201);
    const retry = await api(platform.url, "/persons", { token: office, body: person, headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const other = await api(platform.url, "/persons", { token: office, body: { ...person, name: "马莲" }, headers });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ error: { code: "idempotency_key_reused" } });
  });

  it("without a key, a second identical create is a duplicate (409)", async () => {
    const res = await api(platform.url, "/persons", { token: office, body: person });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: "duplicate_member_no" } });
  });

  it("refuses a malformed key", async () => {
    const res = await api(platform.url, "/assignments", {
      token: office,
      body: { tier: "delegate-member", responsibleId: "x", targetIds: ["y"] },
      headers: { "idempotency-key": "bad key!" },
    });
    expect(res.status).toBe(400);
  });
});
