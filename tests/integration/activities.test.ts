import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personIdOf } from "../../packages/core/src/people/repository.ts";
import { quarterOf } from "../../packages/core/src/time/quarter.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

const HOUR = 3_600_000;
const DELEGATE = personIdOf("YD0101");
const MEMBER = personIdOf("YD1001");
const TOWN_DELEGATE = personIdOf("YD0102");

let platform: TestPlatform;
const tokens: Record<string, string> = {};
let keySeq = 0;
const key = () => `activities-test-${Date.now()}-${keySeq++}`;

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const user of ["office", "town", "delegate", "member", "committee", "province"]) {
    tokens[user] = await login(platform.url, user);
  }
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

async function publishedActivity(theme: string): Promise<string> {
  const created = await call<{ id: string }>("office", "/activities", {
    body: {
      theme,
      description: "党代表进村入户,宣讲惠民政策。",
      type: "talk",
      startsAt: at(-2 * HOUR),
      endsAt: at(72 * HOUR),
      targetUnitIds: ["620121"],
    },
  });
  expect(created.status).toBe(201);
  const published = await call("office", `/activities/${created.body.id}/publish`, { method: "POST" });
  expect(published.status).toBe(200);
  expect(published.body.status).toBe("published");
  return created.body.id;
}

async function session(activityId: string, startsIn: number, hours = 2): Promise<{ id: string; checkinCode: string }> {
  const res = await call<{ id: string; checkinCode: string }>("town", `/activities/${activityId}/sessions`, {
    body: { startsAt: at(startsIn), endsAt: at(startsIn + hours * HOUR), place: "城关镇东街社区活动中心" },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.checkinCode).toMatch(/^\d{6}$/);
  return res.body;
}

describe("themed activities", () => {
  it("runs from draft to published, a town session, sign-up and check-in, and counts the figures", async () => {
    const created = await call<{ id: string }>("office", "/activities", {
      body: {
        theme: "党代表进社区",
        description: "走访社区,听取意见。",
        type: "visit",
        startsAt: at(-HOUR),
        endsAt: at(48 * HOUR),
        targetUnitIds: ["620121"],
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // A draft is invisible to participants and takes no sessions.
    const before = await call<{ items: { id: string }[] }>("delegate", "/activities");
    expect(before.body.items.map((a) => a.id)).not.toContain(id);
    const early = await call("town", `/activities/${id}/sessions`, {
      body: { startsAt: at(0), endsAt: at(HOUR), place: "镇政府" },
    });
    expect(early.status).toBe(409);

    expect((await call("office", `/activities/${id}/publish`, { method: "POST" })).status).toBe(200);
    const mine = await call<{ items: { id: string; forMe: boolean }[] }>("delegate", "/activities");
    expect(mine.body.items.find((a) => a.id === id)?.forMe).toBe(true);
    const townList = await call<{ items: { id: string; canAddSession: boolean }[] }>("town", "/activities");
    expect(townList.body.items.find((a) => a.id === id)?.canAddSession).toBe(true);

    const s = await session(id, -10 * 60_000);
    const signup = await call("delegate", `/activities/${id}/signups`, { body: {} });
    expect(signup.status).toBe(201);
    expect(signup.body).toEqual({ signedUp: [DELEGATE], already: [] });
    const checkin = await call("delegate", `/sessions/${s.id}/checkins`, { body: { code: s.checkinCode } });
    expect(checkin.status, JSON.stringify(checkin.body)).toBe(201);
    expect(checkin.body).toMatchObject({ personId: DELEGATE, via: "code", created: true });
    // Checking in again keeps the first check-in and counts nothing twice.
    const again = await call("delegate", `/sessions/${s.id}/checkins`, { body: { code: s.checkinCode } });
    expect(again.body).toMatchObject({ created: false });

    // Only organisers see the code.
    const asDelegate = await call<{ sessions: { id: string; checkinCode?: string; checkedIn: boolean }[] }>(
      "delegate",
      `/activities/${id}`,
    );
    expect(asDelegate.body.sessions[0]?.checkinCode).toBeUndefined();
    expect(asDelegate.body.sessions[0]?.checkedIn).toBe(true);
    const asTown = await call<{ sessions: { checkinCode?: string; attended: number }[] }>("town", `/activities/${id}`);
    expect(asTown.body.sessions[0]).toMatchObject({ checkinCode: s.checkinCode, attended: 1 });

    const part = await call<{ rows: { unitId: string; sessions: number; held: number; checkins: number }[] }>(
      "office",
      `/activities/${id}/participation`,
    );
    expect(part.body.rows.find((r) => r.unitId === "620121100")).toMatchObject({ sessions: 1, held: 1, checkins: 1 });

    const quarter = quarterOf(new Date(Date.now() - 10 * 60_000));
    const stats = await call<{ total: Record<string, number> }>(
      "office",
      `/stats?unit=620121100&from=${quarter}&to=${quarter}`,
    );
    expect(stats.body.total.activities_held).toBeGreaterThanOrEqual(1);
    expect(stats.body.total.activity_participants).toBeGreaterThanOrEqual(1);

    const record = await call<{ activities: { activityId: string; sessions: unknown[] }[] }>(
      "delegate",
      `/persons/${DELEGATE}/record`,
    );
    expect(record.status).toBe(200);
    expect(record.body.activities.find((a) => a.activityId === id)?.sessions).toHaveLength(1);
    // Someone else's record is not the delegate's to read; the office reads its people's.
    expect((await call("delegate", `/persons/${MEMBER}/record`)).status).toBe(403);
    expect((await call("office", `/persons/${DELEGATE}/record`)).status).toBe(200);

    expect((await call("office", `/activities/${id}/close`, { method: "POST" })).body.status).toBe("closed");
    const late = await call("member", `/sessions/${s.id}/checkins`, { body: { code: s.checkinCode } });
    expect(late.status).toBe(409);
  });

  it("refuses a code outside its session's window or of another session", async () => {
    const id = await publishedActivity("窗口与签到码");
    const now = await session(id, -5 * 60_000);
    const other = await session(id, -5 * 60_000);
    const later = await session(id, 24 * HOUR);
    const past = await session(id, -(HOUR + 60 * 60_000), 1);

    const wrongSession = await call("delegate", `/sessions/${now.id}/checkins`, { body: { code: other.checkinCode } });
    expect(wrongSession.status).toBe(400);
    expect(wrongSession.body).toMatchObject({ error: { code: "checkin_code_invalid" } });
    const tooEarly = await call("delegate", `/sessions/${later.id}/checkins`, { body: { code: later.checkinCode } });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body).toMatchObject({ error: { code: "checkin_closed" } });
    const tooLate = await call("delegate", `/sessions/${past.id}/checkins`, { body: { code: past.checkinCode } });
    expect(tooLate.status).toBe(409);
    const right = await call("delegate", `/sessions/${now.id}/checkins`, { body: { code: now.checkinCode } });
    expect(right.status).toBe(201);
  });

  it("lets only the organiser check someone else in", async () => {
    const id = await publishedActivity("代为签到");
    const s = await session(id, -5 * 60_000);
    const byMember = await call("member", `/sessions/${s.id}/checkins`, {
      body: { code: s.checkinCode, personId: DELEGATE },
    });
    expect(byMember.status).toBe(403);
    const byDelegate = await call("delegate", `/sessions/${s.id}/checkins`, { body: { personId: MEMBER } });
    expect(byDelegate.status).toBe(403);
    // The county office published it but is also an organiser of its towns' sessions.
    const byTown = await call("town", `/sessions/${s.id}/checkins`, { body: { personId: TOWN_DELEGATE } });
    expect(byTown.status).toBe(201);
    expect(byTown.body).toMatchObject({ personId: TOWN_DELEGATE, via: "organiser" });
    const byCounty = await call("office", `/sessions/${s.id}/checkins`, { body: { personId: MEMBER } });
    expect(byCounty.status).toBe(201);
    const part = await call<{ people: { personId: string; via: string; attended: number }[] }>(
      "town",
      `/activities/${id}/participation`,
    );
    expect(part.body.people.find((p) => p.personId === TOWN_DELEGATE)).toMatchObject({ via: "checkin", attended: 1 });
  });

  it("keeps sign-ups to the audience and the office's scope", async () => {
    const id = await publishedActivity("报名范围");
    expect((await call("member", `/activities/${id}/signups`, { body: { personIds: [DELEGATE] } })).status).toBe(403);
    const enrolled = await call("office", `/activities/${id}/signups`, { body: { personIds: [MEMBER, DELEGATE] } });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toEqual({ signedUp: [MEMBER, DELEGATE], already: [] });
    const twice = await call("delegate", `/activities/${id}/signups`, { body: {} });
    expect(twice.body).toEqual({ signedUp: [], already: [DELEGATE] });
  });
});
