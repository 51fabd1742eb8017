import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys, queryAll } from "../../packages/core/src/index.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());

const valid = {
  unitId: "620121",
  category: "education",
  title: "希望增加校车线路",
  content: "红城镇到县城的学生上学路远,希望增加一条校车线路。",
};

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, { zh: string; en: string }> } };

async function storedCount(): Promise<number> {
  const { items } = await queryAll(platform.db, {
    TableName: platform.db.tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.opinionByTriage("620121", "", "").gsi1pk },
  });
  return items.length;
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  api<ErrorBody>(platform.url, "/opinions", { body, headers });

describe("bad input on the public form", () => {
  const cases: [string, unknown, string][] = [
    ["an empty body", {}, "title"],
    ["an empty title", { ...valid, title: "   " }, "title"],
    ["content over 2,000 characters", { ...valid, content: "路".repeat(2001) }, "content"],
    ["an unknown unit", { ...valid, unitId: "999999" }, "unitId"],
    ["a malformed unit code", { ...valid, unitId: "abc" }, "unitId"],
    ["an unknown category", { ...valid, category: "weather" }, "category"],
    ["a malformed phone", { ...valid, phone: "1391234", consent: true }, "phone"],
    ["a phone without consent", { ...valid, phone: "13912345678" }, "consent"],
    ["HTML in the title", { ...valid, title: "<script>alert(1)</script>路灯" }, "title"],
    ["HTML in the name", { ...valid, name: "<b>张三</b>", consent: true }, "name"],
    ["emoji in the title", { ...valid, title: "路灯坏了😡" }, "title"],
    ["emoji in the content", { ...valid, content: "路灯坏了👎👎" }, "content"],
    ["a name mixing scripts", { ...valid, name: "张San", consent: true }, "name"],
    ["a title mixing look-alike letters", { ...valid, title: "Pаyment 问题" }, "title"],
    ["a number as the title", { ...valid, title: 42 }, "title"],
    ["a string as consent", { ...valid, name: "张三", consent: "yes" }, "consent"],
    ["an object as the unit", { ...valid, unitId: { id: "620121" } }, "unitId"],
    ["control characters", { ...valid, content: "路灯\u0000坏了" }, "content"],
    ["an unknown delegate", { ...valid, delegateId: "nobody" }, "delegateId"],
  ];

  it.each(cases)(
    "refuses %s with 400, a per-field message in Chinese and English, and stores nothing",
    async (_, body, field) => {
      const before = await storedCount();
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields?.[field]?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(res.body.error.fields?.[field]?.en).toMatch(/[A-Za-z]/);
      expect(await storedCount()).toBe(before);
    },
  );

  it("refuses a body over the size limit with 413 and stores nothing", async () => {
    const before = await storedCount();
    const res = await post({ ...valid, content: "长".repeat(20_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
    expect(await storedCount()).toBe(before);
  });

  it("refuses malformed JSON with 400", async () => {
    const res = await api<ErrorBody>(platform.url, "/opinions", {
      rawBody: '{"title": ',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
  });

  it("refuses a filled honeypot and stores nothing", async () => {
    const before = await storedCount();
    const res = await post({ ...valid, website: "http://spam.example" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("rejected");
    expect(await storedCount()).toBe(before);
  });

  it("keeps markup in the content verbatim, as text", async () => {
    const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;
    const res = await api<{ id: string }>(platform.url, "/opinions", { body: { ...valid, content: payload } });
    expect(res.status).toBe(201);
    const office = await login(platform.url, "office");
    const detail = await api<{ content: string }>(platform.url, `/opinions/${res.body.id}`, { token: office });
    expect(detail.body.content).toBe(payload);
  });
});

describe("duplicates and limits", () => {
  it("answers the same phone and text within 24 hours with 409 and the first tracking code", async () => {
    const body = { ...valid, phone: "13700000001", consent: true };
    const first = await api<{ trackingCode: string }>(platform.url, "/opinions", { body });
    expect(first.status).toBe(201);
    const again = await api<ErrorBody & { error: { trackingCode: string } }>(platform.url, "/opinions", {
      // Spacing and punctuation differ: still the same text.
      body: { ...body, content: `${valid.content.replace(",", " ")}  ` },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("duplicate_opinion");
    expect(again.body.error.trackingCode).toBe(first.body.trackingCode);
  });

  it("returns the first answer to a retry with the same Idempotency-Key", async () => {
    const headers = { "idempotency-key": crypto.randomUUID() };
    const body = { ...valid, title: "同一请求重试" };
    const a = await api<{ id: string }>(platform.url, "/opinions", { body, headers });
    const b = await api<{ id: string }>(platform.url, "/opinions", { body, headers });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
    const reused = await api<ErrorBody>(platform.url, "/opinions", { body: { ...body, title: "另一条" }, headers });
    expect(reused.status).toBe(409);
  });

  it("limits one phone to 5 submissions an hour with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await post({ ...valid, title: `电话限流 ${i}`, phone: "13700000002", consent: true });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
