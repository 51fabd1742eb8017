import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys, queryAll } from "../../packages/core/src/index.ts";
import { api, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;

beforeAll(async () => {
  // All requests come from 127.0.0.1: lift the per-address limit this test is not about.
  process.env.OPINION_LIMIT_PER_CLIENT = "100000/600";
  platform = await startTestPlatform();
});
afterAll(async () => {
  delete process.env.OPINION_LIMIT_PER_CLIENT;
  await platform.dispose();
});

describe("a burst of public submissions", () => {
  it("stores exactly 1,000 opinions from 1,000 concurrent submissions with 10% retried under the same key", async () => {
    const tag = `burst-${Date.now()}`;
    const submissions = Array.from({ length: 1000 }, (_, i) => ({
      key: `${tag}-${i}`,
      body: {
        unitId: i % 2 ? "620121100" : "620121",
        category: "livelihood",
        title: `集中反映 ${i}`,
        content: `${tag} 第 ${i} 条:小区供暖不足,室温低于十六度。`,
        // Half leave a phone (so the duplicate check runs), each a different one.
        ...(i % 2 ? { phone: `139${String(i).padStart(8, "0")}`, consent: true } : {}),
      },
    }));
    const send = (s: (typeof submissions)[number]) =>
      api<{ id: string; trackingCode: string }>(platform.url, "/opinions", {
        body: s.body,
        headers: { "idempotency-key": s.key },
      });
    // Every tenth is sent twice at the same moment (a client that timed out and retried):
    // side by side in the queue, so both copies are handled concurrently.
    const requests = submissions.flatMap((s, i) => (i % 10 === 0 ? [s, s] : [s]));
    const started = Date.now();
    const answers = await Promise.all(requests.map(send));
    const elapsed = Date.now() - started;

    expect(answers.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const byKey = new Map<string, unknown[]>();
    for (const [i, s] of requests.entries()) byKey.set(s.key, [...(byKey.get(s.key) ?? []), answers[i]?.body]);
    for (const [key, bodies] of byKey) {
      if (bodies.length === 2) expect(bodies[1], key).toEqual(bodies[0]);
    }
    const first = submissions.map((s) => byKey.get(s.key)?.[0] as { trackingCode: string });
    const codes = new Set(first.map((r) => r.trackingCode));
    expect(codes.size).toBe(1000);

    const stored = (
      await Promise.all(
        ["620121"].map((triage) =>
          queryAll(platform.db, {
            TableName: platform.db.tableName,
            IndexName: "gsi1",
            KeyConditionExpression: "gsi1pk = :pk",
            FilterExpression: "contains(content, :tag)",
            ExpressionAttributeValues: { ":pk": keys.opinionByTriage(triage, "", "").gsi1pk, ":tag": tag },
          }),
        ),
      )
    ).flatMap((r) => r.items);
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((o) => o.id)).size).toBe(1000);
    expect(new Set(stored.map((o) => o.trackingCode))).toEqual(codes);
    console.log(`1,000 submissions + 100 concurrent retries: ${elapsed} ms`);
  }, 240_000);
});
