import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OPINION_FIGURES as F,
  personIdOf,
  quarterOf,
  reconcileQuarter,
  runOpinionDeadlines,
} from "../../packages/core/src/index.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
let office: string;
let handler: string;
const quarter = quarterOf(new Date());

beforeAll(async () => {
  platform = await startTestPlatform();
  office = await login(platform.url, "office");
  handler = await login(platform.url, "handler");
});
afterAll(() => platform.dispose());

let n = 0;
async function submit(category: string, extra: Record<string, unknown> = {}) {
  const res = await api<{ id: string; trackingCode: string }>(platform.url, "/opinions", {
    body: { unitId: "620121101", category, title: `意见 ${++n}`, content: `第 ${n} 条意见内容。`, ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}
const step = async (id: string, name: string, token: string, body: unknown = {}) => {
  const res = await api(platform.url, `/opinions/${id}/${name}`, { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const rate = (code: string, rating: string) =>
  api(platform.url, `/opinions/track/${code}/rating`, { body: { rating } });

async function repliedOpinion(category: string) {
  const o = await submit(category);
  await step(o.id, "accept", office);
  await step(o.id, "assign", office, { handlerUnitId: "620121" });
  await step(o.id, "sign", handler);
  await step(o.id, "reply", handler, { publicText: "已处理。" });
  return o;
}

type Stats = { total: Record<string, number | null>; rows: { key: string; values: Record<string, number | null> }[] };
const stats = (by: string) =>
  api<Stats>(platform.url, `/stats?unit=620121&from=${quarter}&to=${quarter}&by=${by}`, { token: office });

describe("opinion figures", () => {
  it("count received, accepted, replied, closed and satisfaction live, by source and category, equal to a recount", async () => {
    // The demo data has opinions of its own in this quarter: measure what these add.
    const start = (await stats("unit")).body.total;
    const startRows = (await stats("category")).body.rows;
    const a = await repliedOpinion("transport");
    expect((await rate(a.trackingCode, "satisfied")).status).toBe(200);
    const b = await repliedOpinion("transport");
    expect((await rate(b.trackingCode, "unsatisfied")).status).toBe(200);
    const c = await repliedOpinion("health");
    expect((await rate(c.trackingCode, "basic")).status).toBe(200);
    const d = await submit("health", { isMember: true });
    await step(d.id, "decline", office, { reason: "重复反映" });

    const now = (await stats("unit")).body.total;
    const added = (id: string) => (now[id] ?? 0) - (start[id] ?? 0);
    expect(added(F.received)).toBe(4);
    expect(added(F.member)).toBe(1);
    expect(added(F.public)).toBe(3);
    expect(added(F.accepted)).toBe(3);
    expect(added(F.replied)).toBe(3);
    expect(added(F.closed)).toBe(2);
    expect(added(F.closedOnTime)).toBe(2);
    expect(added(F.rated)).toBe(2);
    expect(added(F.pleased)).toBe(2);
    expect(now[F.satisfaction]).toBe((now[F.pleased] ?? 0) / (now[F.rated] ?? 1));

    const rows = (await stats("category")).body.rows;
    const addedIn = (category: string, id: string) =>
      (rows.find((r) => r.key === category)?.values[id] ?? 0) -
      (startRows.find((r) => r.key === category)?.values[id] ?? 0);
    expect(addedIn("transport", F.received)).toBe(2);
    expect(addedIn("health", F.received)).toBe(2);
    expect(addedIn("transport", F.closed)).toBe(1);
    expect(addedIn("education", F.received)).toBe(0);

    const repair = await reconcileQuarter(platform.db, quarter);
    expect(repair.drift).toBe(0);
  });

  it("count an opinion raised at a contact with source `contact`, linked back to the contact", async () => {
    const delegate = await login(platform.url, "delegate");
    const before = (await stats("unit")).body.total[F.contact] ?? 0;
    const res = await api<{ id: string }>(platform.url, "/contacts", {
      token: delegate,
      body: {
        personIds: [personIdOf("YD1001")],
        channel: "visit",
        occurredAt: new Date(Date.now() - 3600_000).toISOString(),
        topic: "走访",
        summary: "走访党员,收集意见。",
        opinions: [{ title: "村道硬化", content: "希望硬化村里的主干道。", category: "transport" }],
      },
    });
    expect(res.status).toBe(201);
    expect((await stats("unit")).body.total[F.contact]).toBe(before + 1);
    const ledger = await api<{ items: { id: string; opinions: { opinionId?: string }[] }[] }>(
      platform.url,
      "/contacts",
      {
        token: delegate,
      },
    );
    const linked = ledger.body.items.find((c) => c.id === res.body.id)?.opinions[0]?.opinionId;
    expect(linked).toMatch(/^o[0-9a-f]{20}$/);
    const mine = await api<{ items: { id: string; source: { type: string } }[] }>(platform.url, "/opinions", {
      token: delegate,
    });
    expect(mine.body.items.find((o) => o.id === linked)?.source.type).toBe("contact");
    const triage = await api<{ items: { id: string; source: { type: string } }[] }>(
      platform.url,
      "/opinions?source=contact",
      { token: office },
    );
    expect(triage.body.items.length).toBeGreaterThan(0);
  });

  it("remind the office and the handler about overdue opinions once a day, and close unrated replies", async () => {
    const late = await submit("environment");
    await step(late.id, "accept", office);
    await step(late.id, "assign", office, { handlerUnitId: "620121" });
    const unrated = await repliedOpinion("environment");
    const in40Days = new Date(Date.now() + 40 * 86_400_000);
    const run = await runOpinionDeadlines(platform.db, in40Days);
    expect(run.overdue).toBeGreaterThanOrEqual(1);
    expect(run.autoClosed).toBeGreaterThanOrEqual(1);
    const again = await runOpinionDeadlines(platform.db, in40Days);
    expect(again.autoClosed).toBe(0);

    for (const token of [office, handler]) {
      const notes = await api<{ items: { kind: string; link?: string }[] }>(platform.url, "/notifications", { token });
      expect(notes.body.items.some((i) => i.kind === "opinion-overdue" && i.link === `/opinions/${late.id}`)).toBe(
        true,
      );
    }
    const detail = await api<{ status: string; closedAt?: string }>(platform.url, `/opinions/${unrated.id}`, {
      token: office,
    });
    expect(detail.body.status).toBe("closed");
    const overdueList = await api<{ items: { id: string; overdue: boolean }[] }>(
      platform.url,
      "/opinions?overdue=true",
      {
        token: office,
      },
    );
    // Overdue is judged by today's clock here: the 15 working days have not run out yet.
    expect(overdueList.body.items.map((i) => i.id)).not.toContain(late.id);
  });
});
