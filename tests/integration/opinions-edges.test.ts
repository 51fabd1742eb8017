import { QueryCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../packages/core/src/auth/claims.ts";
import { keys } from "../../packages/core/src/db/keys.ts";
import { getOpinion } from "../../packages/core/src/opinions/repository.ts";
import { rateOpinion } from "../../packages/core/src/opinions/tracking.ts";
import { acceptOpinion, assignOpinion, replyOpinion, signOpinion } from "../../packages/core/src/opinions/workflow.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
let office: string;
let handler: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  office = await login(platform.url, "office");
  handler = await login(platform.url, "handler");
});
afterAll(() => platform.dispose());

const OFFICE: Caller = { id: "demo-office", username: "office", name: "陈静", roles: ["office"], unitId: "620121" };
const HANDLER: Caller = { id: "demo-handler", username: "handler", name: "赵强", roles: ["handler"], unitId: "620121" };

type Detail = { id: string; status: string; trackingCode?: string; assignDueAt?: string; history: object[] };
type ErrorBody = { error: { code: string; fields?: Record<string, { zh: string; en: string }> } };

let n = 0;
const form = (extra: Record<string, unknown> = {}) => ({
  unitId: "620121100",
  category: "transport",
  title: `河道垃圾无人清理 ${++n}`,
  content: `城关镇河道边垃圾堆积,夏天气味很大,请安排清理。第 ${n} 条。`,
  ...extra,
});

async function submit(extra: Record<string, unknown> = {}) {
  const res = await api<{ id: string; trackingCode: string }>(platform.url, "/opinions", {
    body: form(extra),
    headers: { "idempotency-key": crypto.randomUUID() },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const step = <T = Detail>(id: string, name: string, token: string, body: unknown = {}) =>
  api<T>(platform.url, `/opinions/${id}/${name}`, {
    token,
    body,
    headers: { "idempotency-key": crypto.randomUUID() },
  });

describe("opinion workflow edges", () => {
  it("never shows the tracking code to staff, so nobody judged by the rating can give it", async () => {
    const { id } = await submit();
    const byOffice = await api<Detail>(platform.url, `/opinions/${id}`, { token: office });
    await step(id, "accept", office);
    await step(id, "assign", office, { handlerUnitId: "620121" });
    const byHandler = await api<Detail>(platform.url, `/opinions/${id}`, { token: handler });
    for (const detail of [byOffice, byHandler]) {
      expect(detail.status).toBe(200);
      expect(detail.body.id).toBe(id);
      expect(detail.body.trackingCode).toBeUndefined();
    }
  });

  it("merges only into an open opinion, and the tracking page follows a chain of merges to the answer", async () => {
    const closed = await submit();
    await step(closed.id, "decline", office, { reason: "重复反映" });
    const x = await submit();
    const refused = await step<ErrorBody>(x.id, "merge", office, { intoId: closed.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.intoId?.zh).toContain("仍在办理");

    const y = await submit();
    const z = await submit();
    expect((await step(x.id, "merge", office, { intoId: y.id })).status).toBe(200);
    expect((await step(y.id, "merge", office, { intoId: z.id })).status).toBe(200);
    await step(z.id, "accept", office);
    await step(z.id, "assign", office, { handlerUnitId: "620121" });
    await step(z.id, "sign", handler);
    await step(z.id, "reply", handler, { publicText: "已安排环卫所每周清理两次。" });
    const tracked = await api<{ status: string; replies: { text: string }[]; mergedStatus?: string }>(
      platform.url,
      `/opinions/track/${x.trackingCode}`,
    );
    expect(tracked.body).toMatchObject({ status: "merged", mergedStatus: "replied" });
    expect(tracked.body.replies.map((r) => r.text)).toEqual(["已安排环卫所每周清理两次。"]);
  });

  it("finishes a step's follow-ups on a retry with the same key, without a second step", async () => {
    const { id, trackingCode } = await submit();
    const key = (s: string) => `edge-retry-${id}-${s}`;
    // Each call twice with one key, as after a lost answer whose step was already saved.
    for (let i = 0; i < 2; i++) await acceptOpinion(platform.db, OFFICE, id, undefined, { key: key("accept") });
    for (let i = 0; i < 2; i++) {
      await assignOpinion(platform.db, OFFICE, id, { handlerUnitId: "620121" }, { key: key("assign") });
    }
    for (let i = 0; i < 2; i++) await signOpinion(platform.db, HANDLER, id, { key: key("sign") });
    for (let i = 0; i < 2; i++) {
      await replyOpinion(platform.db, HANDLER, id, { publicText: "已清理。" }, { key: key("reply") });
    }
    for (let i = 0; i < 2; i++) {
      await rateOpinion(platform.db, trackingCode, { rating: "satisfied" }, "edge-test", { key: key("rate") });
    }
    const o = await getOpinion(platform.db, id);
    expect(o?.status).toBe("closed");
    expect(o?.history.map((h) => h.action)).toEqual(["submit", "accept", "assign", "sign", "reply", "rate", "close"]);
    const inbox = await platform.db.doc.send(
      new QueryCommand({
        TableName: platform.db.tableName,
        KeyConditionExpression: "pk = :pk",
        FilterExpression: "opinionId = :id",
        ExpressionAttributeValues: { ":pk": keys.handlerInbox("620121", "", "").pk, ":id": id },
      }),
    );
    expect(inbox.Items).toHaveLength(1);
    // Without a key, or with another, a repeated step is refused as before.
    await expect(signOpinion(platform.db, HANDLER, id, { key: key("other") })).rejects.toMatchObject({ status: 409 });
  });

  it("gives an accepted opinion an assignment deadline, and a reassigned redo goes back to the new unit to sign", async () => {
    const { id, trackingCode } = await submit();
    const accepted = await step(id, "accept", office);
    expect(accepted.body.assignDueAt).toBeDefined();
    const listed = await api<{ items: { id: string; dueAt?: string }[] }>(
      platform.url,
      "/opinions?status=accepted&limit=100",
      {
        token: office,
      },
    );
    expect(listed.body.items.find((o) => o.id === id)?.dueAt).toBe(accepted.body.assignDueAt);
    await step(id, "assign", office, { handlerUnitId: "620121" });
    await step(id, "sign", handler);
    await step(id, "reply", handler, { publicText: "已派人查看。" });
    await api(platform.url, `/opinions/track/${trackingCode}/rating`, {
      body: { rating: "unsatisfied" },
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    const reassigned = await step(id, "assign", office, { handlerUnitId: "620121100" });
    expect(reassigned.body.status).toBe("assigned");
    expect(reassigned.body.assignDueAt).toBeUndefined();
  });

  it("takes public opinions only for a county, a town or a pilot unit", async () => {
    const res = await api<ErrorBody>(platform.url, "/opinions", {
      body: form({ unitId: "620100" }),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.unitId).toBeDefined();
  });

  it("asks for consent when only a member number is left, and keeps no phone number in rate-limit keys", async () => {
    const res = await api<ErrorBody>(platform.url, "/opinions", {
      body: form({ memberNo: "YD1001", isMember: true }),
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields?.consent).toBeDefined();
    await submit({ phone: "13500001111", name: "刘芳", consent: true });
    const scan = await platform.db.doc.send(
      new ScanCommand({
        TableName: platform.db.tableName,
        FilterExpression: "begins_with(pk, :rate)",
        ExpressionAttributeValues: { ":rate": "RATE#" },
      }),
    );
    expect(scan.Items?.length).toBeGreaterThan(0);
    expect(JSON.stringify(scan.Items)).not.toContain("13500001111");
  });

  it("answers a cursor that was edited or belongs to another list with 400, not a server error", async () => {
    const other = Buffer.from(JSON.stringify({ pk: "x", sk: "y", gsi1pk: "OPINIONS#620100", gsi1sk: "z" })).toString(
      "base64url",
    );
    for (const path of [
      `/opinions?view=triage&cursor=${other}`,
      "/opinions?view=triage&cursor=not-json",
      `/opinions?view=inbox&cursor=${other}`,
      `/persons?unit=620121&cursor=${other}`,
    ]) {
      const token = path.includes("inbox") ? handler : office;
      const res = await api<ErrorBody>(platform.url, path, { token });
      expect(res.status, path).toBe(400);
      expect(res.body.error.fields?.cursor, path).toBeDefined();
    }
  });
});
