import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKIN_ATTEMPTS } from "../../packages/core/src/activities/checkins.ts";
import { keys } from "../../packages/core/src/db/keys.ts";
import { personIdOf } from "../../packages/core/src/people/repository.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

const HOUR = 3_600_000;
const MEMBER = personIdOf("YD1001");
const TOWN_MEMBER = personIdOf("YD1002");

let platform: TestPlatform;
const tokens: Record<string, string> = {};
let keySeq = 0;
const key = () => `activities-guards-${Date.now()}-${keySeq++}`;

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const user of ["office", "town", "delegate", "member"]) tokens[user] = await login(platform.url, user);
}, 60_000);
afterAll(() => platform?.dispose());

const call = <T = Record<string, unknown>>(
  user: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
) =>
  api<T>(platform.url, path, {
    ...init,
    token: tokens[user],
    headers: init.body !== undefined ? { "idempotency-key": key() } : {},
  });

const at = (ms: number) => new Date(Date.now() + ms).toISOString();

async function draft(theme: string, targetUnitIds = ["620121"], extra: Record<string, unknown> = {}): Promise<string> {
  const created = await call<{ id: string }>("office", "/activities", {
    body: {
      ...extra,
      theme,
      description: "审查用活动。",
      type: "forum",
      startsAt: at(-2 * HOUR),
      endsAt: at(72 * HOUR),
      targetUnitIds,
    },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function published(theme: string, targetUnitIds?: string[], extra?: Record<string, unknown>): Promise<string> {
  const id = await draft(theme, targetUnitIds, extra);
  expect((await call("office", `/activities/${id}/publish`, { method: "POST" })).status).toBe(200);
  return id;
}

async function townSession(activityId: string): Promise<{ id: string; checkinCode: string }> {
  const res = await call<{ id: string; checkinCode: string }>("town", `/activities/${activityId}/sessions`, {
    body: { startsAt: at(-10 * 60_000), endsAt: at(HOUR), place: "城关镇党群服务中心" },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Waits out the last seconds of a rate-limit window, so a run of attempts falls in one window. */
async function freshWindow(): Promise<void> {
  const windowMs = CHECKIN_ATTEMPTS.windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 15_000) await new Promise((r) => setTimeout(r, left + 50));
}

describe("activity guards", () => {
  it("stops guessing a check-in code: once the wrong tries are spent, even the right code waits", async () => {
    const id = await published("签到码防猜");
    const s = await townSession(id);
    const wrong = s.checkinCode === "000000" ? "000001" : "000000";
    await freshWindow();
    for (let i = 0; i < CHECKIN_ATTEMPTS.limit; i++) {
      const res = await call("member", `/sessions/${s.id}/checkins`, { body: { code: wrong } });
      expect(res.status).toBe(400);
    }
    const right = await call("member", `/sessions/${s.id}/checkins`, { body: { code: s.checkinCode } });
    expect(right.status).toBe(429);
    expect(right.body).toMatchObject({ error: { code: "rate_limited", message: expect.stringContaining(" / ") } });
    // Another person's tries are their own; the organiser can still mark the member present.
    expect((await call("delegate", `/sessions/${s.id}/checkins`, { body: { code: s.checkinCode } })).status).toBe(201);
    expect((await call("town", `/sessions/${s.id}/checkins`, { body: { personId: MEMBER } })).status).toBe(201);
  });

  it("shows an outcome opinion's tracking code to the session's organisers only", async () => {
    const id = await published("成果意见查询码");
    const s = await townSession(id);
    expect((await call("delegate", `/activities/${id}/signups`, { body: {} })).status).toBe(201);
    const outcome = await call<{ opinions: { trackingCode?: string }[] }>("town", `/activities/${id}/outcomes`, {
      body: {
        sessionId: s.id,
        summary: "座谈一次。",
        publicReached: 12,
        opinions: [{ title: "建议维修村道", content: "村东道路坑洼,雨天难行。" }],
      },
    });
    expect(outcome.status, JSON.stringify(outcome.body)).toBe(201);
    const code = outcome.body.opinions[0]?.trackingCode;
    expect(code).toBeTruthy();
    type Detail = { outcomes: { opinions: { title: string; trackingCode?: string }[] }[] };
    const asDelegate = await call<Detail>("delegate", `/activities/${id}`);
    expect(asDelegate.body.outcomes[0]?.opinions[0]).toMatchObject({ title: "建议维修村道" });
    expect(asDelegate.body.outcomes[0]?.opinions[0]?.trackingCode).toBeUndefined();
    for (const organiser of ["town", "office"]) {
      const view = await call<Detail>(organiser, `/activities/${id}`);
      expect(view.body.outcomes[0]?.opinions[0]?.trackingCode).toBe(code);
    }
  });

  it("takes sessions only in target units or the creator's own", async () => {
    // For one other town (620121101): 城关镇 (620121100) is below the county but not a target.
    const id = await published("另一乡镇的活动", ["620121101"]);
    const byOtherTown = await call("town", `/activities/${id}/sessions`, {
      body: { startsAt: at(0), endsAt: at(HOUR), place: "城关镇" },
    });
    expect(byOtherTown.status).toBe(403);
    expect(byOtherTown.body).toMatchObject({ error: { code: "forbidden" } });
    const list = await call<{ items: { id: string; canAddSession: boolean }[] }>("office", "/activities");
    expect(list.body.items.find((a) => a.id === id)?.canAddSession).toBe(true);
    const byCreator = await call("office", `/activities/${id}/sessions`, {
      body: { startsAt: at(0), endsAt: at(HOUR), place: "县委党校" },
    });
    expect(byCreator.status).toBe(201);
  });

  it("keeps a draft's participation to its creator", async () => {
    const id = await draft("草稿参与情况");
    expect((await call("town", `/activities/${id}/participation`)).status).toBe(404);
    expect((await call("office", `/activities/${id}/participation`)).status).toBe(200);
  });

  it("lists who attended which session for the organiser's attendance list", async () => {
    const id = await published("办公室报名与代为签到");
    const s = await townSession(id);
    const enrolled = await call("office", `/activities/${id}/signups`, { body: { personIds: [TOWN_MEMBER] } });
    expect(enrolled.body).toEqual({ signedUp: [TOWN_MEMBER], already: [] });
    type People = { people: { personId: string; via: string; attended: number; sessionIds: string[] }[] };
    const before = await call<People>("town", `/activities/${id}/participation`);
    expect(before.body.people).toEqual([
      expect.objectContaining({ personId: TOWN_MEMBER, via: "office", attended: 0, sessionIds: [] }),
    ]);
    expect((await call("town", `/sessions/${s.id}/checkins`, { body: { personId: TOWN_MEMBER } })).status).toBe(201);
    const after = await call<People>("town", `/activities/${id}/participation`);
    expect(after.body.people[0]).toMatchObject({ personId: TOWN_MEMBER, attended: 1, sessionIds: [s.id] });
  });

  it("finds a place a crashed sign-up left taken, and still stops at the capacity", async () => {
    const id = await published("名额有限的座谈", undefined, { capacity: 1 });
    // A sign-up that took its place and crashed before writing its item.
    await platform.db.doc.send(
      new UpdateCommand({
        TableName: platform.db.tableName,
        Key: keys.activity(id),
        UpdateExpression: "ADD signupCount :one",
        ExpressionAttributeValues: { ":one": 1 },
      }),
    );
    const first = await call("delegate", `/activities/${id}/signups`, { body: {} });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await call("member", `/activities/${id}/signups`, { body: {} });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: { message: expect.stringContaining("报名人数已满") } });
  });
});
