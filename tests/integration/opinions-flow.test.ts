import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

type Detail = { id: string; status: string; actions: string[]; history: { action: string; internalNote?: string }[] };
type Track = {
  status: string;
  history: { action: string; status: string; text?: string }[];
  replies: unknown[];
  canRate: boolean;
};

let n = 0;
const form = (extra: Record<string, unknown> = {}) => ({
  unitId: "620121100",
  category: "transport",
  title: `城关镇东街路灯不亮 ${++n}`,
  content: "东街十字路口到菜市场一段路灯坏了两个月,晚上出行不安全,请尽快修复。",
  name: "王小明",
  phone: "13912345678",
  consent: true,
  ...extra,
});

async function submit(body: Record<string, unknown>, key = crypto.randomUUID()) {
  return api<{ id: string; trackingCode: string }>(platform.url, "/opinions", {
    body,
    headers: { "idempotency-key": key },
  });
}

const step = (id: string, name: string, token: string, body: unknown = {}) =>
  api<Detail>(platform.url, `/opinions/${id}/${name}`, {
    token,
    body,
    headers: { "idempotency-key": crypto.randomUUID() },
  });

describe("an opinion's closed loop", () => {
  it("runs submit → accept → assign → sign → reply → unsatisfied → redo → reply → satisfied → closed", async () => {
    const sent = await submit(form());
    expect(sent.status).toBe(201);
    expect(sent.body.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    const { id, trackingCode } = sent.body;

    const list = await api<{ items: { id: string; status: string }[] }>(platform.url, "/opinions", { token: office });
    expect(list.body.items.find((i) => i.id === id)?.status).toBe("submitted");

    const detail = await api<Detail & { submitter?: { phone?: string } }>(platform.url, `/opinions/${id}`, {
      token: office,
    });
    expect(detail.body.submitter?.phone).toBe("13912345678");
    expect(detail.body.actions).toContain("accept");

    expect((await step(id, "accept", office)).body.status).toBe("accepted");
    expect((await step(id, "assign", office, { handlerUnitId: "620121", note: "请核实后维修" })).body.status).toBe(
      "assigned",
    );
    const early = await step(id, "reply", handler, { publicText: "已维修" });
    expect(early.status).toBe(409);
    expect((await step(id, "sign", handler)).body.status).toBe("signed");
    const replied = await step(id, "reply", handler, {
      publicText: "已安排维修,三日内修复。",
      internalNote: "路灯所老张负责",
    });
    expect(replied.body.status).toBe("replied");

    const tracked = await api<Track>(platform.url, `/opinions/track/${trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.canRate).toBe(true);
    expect(JSON.stringify(tracked.body)).not.toContain("老张");

    const redo = await api<Track>(platform.url, `/opinions/track/${trackingCode.toLowerCase()}/rating`, {
      body: { rating: "unsatisfied", comment: "三天过去了还是不亮" },
    });
    expect(redo.status).toBe(200);
    expect(redo.body.status).toBe("redo");

    const inbox = await api<{ items: { id: string; status: string }[] }>(platform.url, "/opinions", { token: handler });
    expect(inbox.body.items.find((i) => i.id === id)?.status).toBe("redo");
    expect((await step(id, "reply", handler, { publicText: "已更换灯具并复查,现已正常照明。" })).body.status).toBe(
      "replied",
    );
    const closed = await api<Track>(platform.url, `/opinions/track/${trackingCode}/rating`, {
      body: { rating: "satisfied" },
    });
    expect(closed.body.status).toBe("closed");
    expect(closed.body.replies).toHaveLength(2);
    expect(closed.body.history.map((h) => h.action)).toEqual([
      "submit",
      "accept",
      "assign",
      "sign",
      "reply",
      "rate",
      "redo",
      "reply",
      "rate",
      "close",
    ]);
    const again = await api(platform.url, `/opinions/track/${trackingCode}/rating`, { body: { rating: "basic" } });
    expect(again.status).toBe(409);
  });

  it("declines with a reason the submitter sees, and merges a duplicate into another", async () => {
    const a = (await submit(form())).body;
    const b = (await submit(form({ phone: "13812345678" }))).body;
    const declined = await step(a.id, "decline", office, { reason: "不属于本平台受理范围,请拨打12345" });
    expect(declined.body.status).toBe("declined");
    const tracked = await api<Track>(platform.url, `/opinions/track/${a.trackingCode}`);
    expect(tracked.body.history.at(-1)?.text).toBe("不属于本平台受理范围,请拨打12345");
    const c = (await submit(form({ phone: "13712345678" }))).body;
    expect((await step(c.id, "merge", office, { intoId: b.id })).body.status).toBe("merged");
    expect((await step(b.id, "merge", office, { intoId: b.id })).status).toBe(400);
  });

  it("lets the handler return a mis-routed opinion and ask for an extension the office decides", async () => {
    const { id } = (await submit(form({ phone: "13612345678" }))).body;
    await step(id, "accept", office);
    await step(id, "assign", office, { handlerUnitId: "620121" });
    const returned = await step(id, "return", handler, { reason: "应由城关镇办理" });
    expect(returned.status).toBe(200);
    const afterReturn = await api<Detail>(platform.url, `/opinions/${id}`, { token: office });
    expect(afterReturn.body.status).toBe("accepted");
    await step(id, "assign", office, { handlerUnitId: "620121" });
    const asked = await step(id, "extend", handler, { workingDays: 5, reason: "需协调供电公司" });
    expect(asked.status).toBe(200);
    const before = (await api<{ replyDueAt: string }>(platform.url, `/opinions/${id}`, { token: office })).body
      .replyDueAt;
    const approved = await step(id, "extend", office, { decision: "approve" });
    expect(approved.status).toBe(200);
    const after = (await api<{ replyDueAt: string }>(platform.url, `/opinions/${id}`, { token: office })).body
      .replyDueAt;
    expect(after > before).toBe(true);
  });

  it("keeps staff out of other counties and the handler out of opinions not assigned to it", async () => {
    const { id } = (await submit(form({ unitId: "620102001", phone: "13512345678" }))).body;
    expect((await api(platform.url, `/opinions/${id}`, { token: office })).status).toBe(404);
    expect((await step(id, "accept", office)).status).toBe(404);
    expect((await api(platform.url, `/opinions/${id}`, { token: handler })).status).toBe(404);
  });
});
