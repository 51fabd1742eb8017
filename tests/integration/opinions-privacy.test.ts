import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PEOPLE, personIdOf, ROUTES, type RouteDef, splitRouteKey } from "../../packages/core/src/index.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
let trackingCode = "";

const SECRET_NAME = "欧阳明华";
const SECRET_PHONE = "13955550000";
const SECRET_NOTE = "内部备注:已电话联系提交人核实";
const SECRET_REASON = "内部:应由城关镇办理";

/** Sample requests for every public route; a public route without one fails the test below. */
const samples: Record<string, () => { path: string; body?: unknown }> = {
  "GET /health": () => ({ path: "/health" }),
  "GET /units": () => ({ path: "/units" }),
  "GET /openapi.json": () => ({ path: "/openapi.json" }),
  "GET /categories": () => ({ path: "/categories" }),
  "GET /delegates": () => ({ path: "/delegates?unit=620121" }),
  "GET /opinions/track/{code}": () => ({ path: `/opinions/track/${trackingCode}` }),
  "POST /opinions": () => ({
    path: "/opinions",
    body: {
      unitId: "620121",
      category: "health",
      title: "卫生院夜间无人值班",
      content: "红城镇卫生院晚上经常没人值班。",
      name: SECRET_NAME,
      phone: "13955550001",
      consent: true,
    },
  }),
  "POST /opinions/track/{code}/rating": () => ({
    path: `/opinions/track/${trackingCode}/rating`,
    body: { rating: "basic" },
  }),
};

beforeAll(async () => {
  platform = await startTestPlatform();
  const office = await login(platform.url, "office");
  const handler = await login(platform.url, "handler");
  const sent = await api<{ id: string; trackingCode: string }>(platform.url, "/opinions", {
    body: {
      unitId: "620121",
      category: "housing",
      title: "老旧小区加装电梯",
      content: "东街小区都是七层楼,老人上下楼困难,希望加装电梯。",
      delegateId: personIdOf("YD0101"),
      name: SECRET_NAME,
      phone: SECRET_PHONE,
      consent: true,
      isMember: true,
      memberNo: "GS20260001",
    },
  });
  expect(sent.status).toBe(201);
  const { id } = sent.body;
  trackingCode = sent.body.trackingCode;
  const post = (step: string, token: string, body: unknown = {}) =>
    api(platform.url, `/opinions/${id}/${step}`, { token, body });
  await post("accept", office, { note: SECRET_NOTE });
  await post("assign", office, { handlerUnitId: "620121", note: SECRET_NOTE });
  await post("return", handler, { reason: SECRET_REASON });
  await post("assign", office, { handlerUnitId: "620121" });
  await post("sign", handler);
  await post("extend", handler, { workingDays: 3, reason: SECRET_REASON });
  const replied = await post("reply", handler, { publicText: "已列入明年改造计划。", internalNote: SECRET_NOTE });
  expect(replied.status).toBe(200);
});
afterAll(() => platform.dispose());

const forbidden = () => [
  SECRET_NAME,
  SECRET_PHONE,
  SECRET_NOTE,
  SECRET_REASON,
  "GS20260001",
  ...DEMO_PEOPLE.flatMap((p) => [p.name, p.phone ?? ""]).filter(Boolean),
];

describe("public endpoints", () => {
  it("never return a name, a phone or an internal note", async () => {
    const publicRoutes = (Object.entries(ROUTES) as [string, RouteDef][]).filter(
      ([, def]) => def.access === "public" && !def.localOnly,
    );
    const missing = publicRoutes.map(([key]) => key).filter((key) => !samples[key]);
    expect(missing, "public routes without a privacy sample").toEqual([]);
    for (const [key] of publicRoutes) {
      const { method } = splitRouteKey(key);
      const sample = samples[key]?.();
      if (!sample) continue;
      const res = await api(platform.url, sample.path, {
        method,
        ...(sample.body ? { body: sample.body } : {}),
      });
      expect(res.status, `${key} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`).toBeLessThan(300);
      const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
      for (const secret of forbidden()) expect(text, `${key} leaks "${secret}"`).not.toContain(secret);
    }
  });

  it("show the delegate the opinion addressed to them with the submitter masked and no internal notes", async () => {
    const delegate = await login(platform.url, "delegate");
    const mine = await api<{ items: { id: string }[] }>(platform.url, "/opinions", { token: delegate });
    expect(mine.body.items).toHaveLength(1);
    const detail = await api(platform.url, `/opinions/${mine.body.items[0]?.id}`, { token: delegate });
    const text = JSON.stringify(detail.body);
    expect(text).toContain("欧***");
    expect(text).toContain("139****0000");
    for (const secret of [SECRET_NAME, SECRET_PHONE, SECRET_NOTE]) expect(text).not.toContain(secret);
  });
});
