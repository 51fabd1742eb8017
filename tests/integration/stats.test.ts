import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_PEOPLE,
  putAccount,
  quarterOf,
  quarterRange,
  ROUTES,
  type RouteKey,
  remindUncontacted,
  shiftQuarter,
  tierFigureIds,
} from "../../packages/core/src/index.ts";
import { runJob } from "../../packages/local/src/jobs.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
let province: string;
let office: string;
const current = quarterOf(new Date());
const previous = shiftQuarter(current, -1);
const dm = tierFigureIds("delegate-member");

beforeAll(async () => {
  platform = await startTestPlatform();
  province = await login(platform.url, "province");
  office = await login(platform.url, "office");
});
afterAll(() => platform.dispose());

type Row = { key: string; label: string; hasChildren?: boolean; values: Record<string, number | null> };
type Stats = { total: Record<string, number | null>; rows: Row[] };

describe("GET /stats", () => {
  it("lets the province drill down from the province to a county, with rates from summed counts", async () => {
    const top = await api<Stats>(platform.url, `/stats?unit=620000&from=${previous}&to=${current}&by=unit`, {
      token: province,
    });
    expect(top.status).toBe(200);
    expect(top.body.rows.map((r) => r.key).sort()).toEqual(["620100", "620500", "620700"]);
    const lanzhou = await api<Stats>(platform.url, `/stats?unit=620100&from=${previous}&to=${previous}&by=unit`, {
      token: province,
    });
    const yongdeng = lanzhou.body.rows.find((r) => r.key === "620121");
    expect(yongdeng?.values[dm.contacts]).toBe(2);
    expect(yongdeng?.values[dm.assigned]).toBe(4);
    expect(yongdeng?.values[dm.contacted]).toBe(3);
    expect(yongdeng?.values[dm.coverage]).toBeCloseTo(3 / 4);
    // The province total is the sum of its cities, not an average of their rates.
    const sum = (id: string) => top.body.rows.reduce((n, r) => n + (r.values[id] ?? 0), 0);
    expect(top.body.total[dm.contacts]).toBe(sum(dm.contacts));
  });

  it("gives the trend by quarter", async () => {
    const res = await api<Stats>(
      platform.url,
      `/stats?unit=620121&from=${shiftQuarter(current, -3)}&to=${current}&by=quarter`,
      { token: office },
    );
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r) => r.key)).toEqual([-3, -2, -1, 0].map((n) => shiftQuarter(current, n)));
    expect(res.body.rows.at(-2)?.values[dm.contacts]).toBe(2);
  });

  it("keeps an office inside its subtree and refuses bad periods", async () => {
    expect(
      (await api(platform.url, `/stats?unit=620000&from=${current}&to=${current}`, { token: office })).status,
    ).toBe(403);
    expect(
      (await api(platform.url, `/stats?unit=620102&from=${current}&to=${current}`, { token: office })).status,
    ).toBe(403);
    const backwards = await api(platform.url, `/stats?unit=620121&from=${current}&to=${previous}`, { token: office });
    expect(backwards.status).toBe(400);
    const delegate = await login(platform.url, "delegate");
    expect(
      (await api(platform.url, `/stats?unit=620121&from=${current}&to=${current}`, { token: delegate })).status,
    ).toBe(403);
  });
});

describe("quarterly reports", () => {
  it("are submitted by the unit's own office; the province sees who submitted; a new version keeps the old", async () => {
    const list = await api<{ items: { id: string; unitId: string; status: string; version: number }[] }>(
      platform.url,
      `/reports?unit=620121&quarter=${previous}`,
      { token: office },
    );
    const own = list.body.items.find((r) => r.unitId === "620121");
    expect(own?.status).toBe("draft");
    const town = list.body.items.find((r) => r.unitId === "620121100");
    const notOwn = await api(platform.url, `/reports/${town?.id}/submit`, { token: office, body: { comment: "代报" } });
    expect(notOwn.status).toBe(403);
    const empty = await api(platform.url, `/reports/${own?.id}/submit`, { token: office, body: { comment: "" } });
    expect(empty.status).toBe(400);
    const submitted = await api<{ status: string; comment: string }>(platform.url, `/reports/${own?.id}/submit`, {
      token: office,
      body: { comment: "本季度联系工作按计划推进。" },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: "submitted", comment: "本季度联系工作按计划推进。" });
    expect(
      (await api(platform.url, `/reports/${own?.id}/submit`, { token: office, body: { comment: "again" } })).status,
    ).toBe(409);

    const overview = await api<{ items: { unitId: string; status: string }[] }>(
      platform.url,
      `/reports?unit=620000&quarter=${previous}`,
      {
        token: province,
      },
    );
    expect(overview.body.items.find((r) => r.unitId === "620121")?.status).toBe("submitted");
    expect(overview.body.items.find((r) => r.unitId === "620102")?.status).toBe("draft");

    await runJob("quarterly-report", { quarter: previous });
    const after = await api<{
      items: { id: string; unitId: string; status: string; version: number; versions: number }[];
    }>(platform.url, `/reports?unit=620121&quarter=${previous}`, { token: office });
    const latest = after.body.items.find((r) => r.unitId === "620121");
    expect(latest).toMatchObject({
      version: (own?.version ?? 0) + 1,
      versions: (own?.version ?? 0) + 1,
      status: "draft",
    });
    const old = await api<{ status: string }>(platform.url, `/reports/${own?.id}`, { token: office });
    expect(old.body.status).toBe("submitted");
  });
});

describe("personal data", () => {
  const names = DEMO_PEOPLE.map((p) => p.name);
  const phone = /1[3-9]\d{9}/;

  async function textOf(res: Response): Promise<string> {
    const type = res.headers.get("content-type") ?? "";
    if (!type.includes("spreadsheetml")) return await res.text();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const cells: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    return cells.join("\n");
  }

  it("is on no statistics or report route the province can call, over every such route in the table", async () => {
    const list = await api<{ items: { id: string }[] }>(platform.url, `/reports?unit=620000&quarter=${previous}`, {
      token: province,
    });
    const reportId = list.body.items.find((r) => r.id.startsWith("620121-"))?.id ?? "";
    const routes = (Object.keys(ROUTES) as RouteKey[]).filter(
      (k) => ["stats", "reports"].includes(ROUTES[k].tag) && k.startsWith("GET "),
    );
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const key of routes) {
      const path = key.slice(4).replace("{id}", reportId);
      const query = path.startsWith("/stats")
        ? `?unit=620000&from=${previous}&to=${current}`
        : path === "/reports"
          ? `?unit=620000&quarter=${previous}`
          : "";
      for (const by of path.startsWith("/stats") && !path.endsWith("figures")
        ? ["unit", "quarter", "category"]
        : [""]) {
        const url = `${platform.url}/api${path}${query}${by ? `&by=${by}` : ""}`;
        const res = await fetch(url, { headers: { authorization: `Bearer ${province}` } });
        expect(res.status, url).toBe(200);
        const text = await textOf(res);
        for (const name of names) expect(text, `${url} shows ${name}`).not.toContain(name);
        expect(text, url).not.toMatch(phone);
      }
    }
  });
});

describe("reminders", () => {
  it("notify each responsible person and the office once a day about people not yet contacted", async () => {
    const first = (await runJob("reminders", { daysLeft: 92 })) as { people: number; units: number };
    expect(first.people).toBeGreaterThan(0);
    const again = (await runJob("reminders", { daysLeft: 92 })) as { people: number; units: number };
    expect(again).toMatchObject({ people: 0, units: 0 });
    const delegate = await login(platform.url, "delegate");
    const mine = await api<{ items: { kind: string; body: { zh: string } }[] }>(platform.url, "/notifications", {
      token: delegate,
    });
    expect(mine.body.items.filter((n) => n.kind === "contact-reminder")).toHaveLength(1);
    expect(mine.body.items[0]?.body.zh).toContain("尚未联系");
    const officeNotes = await api<{ items: { kind: string }[] }>(platform.url, "/notifications", { token: office });
    expect(officeNotes.body.items.some((n) => n.kind === "contact-reminder")).toBe(true);
  });

  it("stay quiet while the quarter has more days left than the threshold", async () => {
    const early = new Date(Date.parse(quarterRange(current).start) + 3 * 86_400_000);
    expect(await remindUncontacted(platform.db, early, 14)).toMatchObject({ skipped: true, people: 0, units: 0 });
  });
});

describe("scope of another county", () => {
  it("refuses its office this county's reports", async () => {
    await putAccount(
      platform.db,
      { username: "office-qinzhou", name: "秦州区联络办", roles: ["office"], unitId: "620502" },
      "demo",
    );
    const other = await login(platform.url, "office-qinzhou");
    const list = await api<{ items: { id: string; unitId: string }[] }>(
      platform.url,
      `/reports?unit=620121&quarter=${previous}`,
      { token: other },
    );
    expect(list.status).toBe(403);
    const own = await api<{ items: { unitId: string }[] }>(platform.url, `/reports?quarter=${previous}`, {
      token: other,
    });
    expect(own.body.items.every((r) => r.unitId.startsWith("620502"))).toBe(true);
  });
});
