import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editContact, getContact, personIdOf, putAccount, quarterOf } from "../../packages/core/src/index.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
let delegate: string;
let office: string;
const wangFang = personIdOf("YD1001");
const zhaoLi = personIdOf("YD1002");
const wuGuiying = personIdOf("YD1004");

beforeAll(async () => {
  platform = await startTestPlatform();
  delegate = await login(platform.url, "delegate");
  office = await login(platform.url, "office");
});
afterAll(() => platform.dispose());

const contact = (personIds: string[], extra: Record<string, unknown> = {}) => ({
  personIds,
  channel: "visit",
  occurredAt: new Date(Date.now() - 3600_000).toISOString(),
  place: "城关镇东街社区",
  topic: "冬季供暖",
  summary: "走访了解供暖情况,群众反映老旧小区暖气不热。",
  ...extra,
});

describe("a delegate's contacts", () => {
  it("lists the delegate's own assignments, each carrying the assigned personId", async () => {
    const res = await api<{ items: { personId?: string; person?: { name: string; phone?: string } }[] }>(
      platform.url,
      "/assignments",
      { token: delegate },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.personId).sort()).toEqual([wangFang, zhaoLi, personIdOf("YD1003")].sort());
    const wang = res.body.items.find((i) => i.personId === wangFang);
    expect(wang?.person?.name).toBe("王芳");
    expect(wang?.person?.phone).toBe("138****1001");
  });

  it("logs a contact with two assigned members; a retry with the same Idempotency-Key returns the same id", async () => {
    const body = contact([wangFang, zhaoLi]);
    const headers = { "idempotency-key": "test-contact-0001" };
    const first = await api<{ id: string }>(platform.url, "/contacts", { token: delegate, body, headers });
    expect(first.status).toBe(201);
    const retry = await api<{ id: string }>(platform.url, "/contacts", { token: delegate, body, headers });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const reused = await api(platform.url, "/contacts", {
      token: delegate,
      body: { ...body, topic: "别的主题" },
      headers,
    });
    expect(reused.status).toBe(409);

    const ledger = await api<{ items: { id: string; targets: { name: string }[] }[] }>(platform.url, "/contacts", {
      token: delegate,
    });
    expect(ledger.body.items.filter((c) => c.id === first.body.id)).toHaveLength(1);
    expect(ledger.body.items[0]?.targets.map((t) => t.name).sort()).toEqual(["王芳", "赵丽"].sort());
  });

  it("refuses 403 when someone named is not assigned to the delegate, and stores nothing", async () => {
    const before = await api<{ items: unknown[] }>(platform.url, "/contacts", { token: delegate });
    const res = await api(platform.url, "/contacts", { token: delegate, body: contact([wangFang, wuGuiying]) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: "forbidden" } });
    const after = await api<{ items: unknown[] }>(platform.url, "/contacts", { token: delegate });
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it("refuses bad input with per-field messages", async () => {
    const res = await api<{ error: { fields: Record<string, unknown> } }>(platform.url, "/contacts", {
      token: delegate,
      body: { personIds: [], channel: "fax", occurredAt: "yesterday", topic: "", summary: "x" },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(["channel", "occurredAt", "topic"].sort());
  });

  it("counts the contact in the county's coverage for the quarter", async () => {
    const quarter = quarterOf(new Date());
    const res = await api<{
      tiers: { tier: string; assigned: number; contacted: number; rate: number | null }[];
      notContacted: { targetName: string; responsible: { name: string }[] }[];
    }>(platform.url, `/coverage?unit=620121&quarter=${quarter}`, { token: office });
    expect(res.status).toBe(200);
    const members = res.body.tiers.find((t) => t.tier === "delegate-member");
    expect(members).toMatchObject({ assigned: 4, contacted: 2, rate: 0.5 });
    expect(res.body.notContacted.map((w) => w.targetName)).toContain("孙伟");
  });

  it("exports the ledger as an .xlsx with Chinese headers", async () => {
    const res = await fetch(`${platform.url}/api/contacts/export.xlsx`, {
      headers: { authorization: `Bearer ${delegate}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("联系时间");
    expect(sheet?.getRow(2).getCell(6).value).toBe("冬季供暖");
  });
});

describe("edits and corrections", () => {
  it("lets the author edit for 7 days; after that only the office corrects it, with a reason and an audit entry", async () => {
    const created = await api<{ id: string }>(platform.url, "/contacts", { token: delegate, body: contact([zhaoLi]) });
    const id = created.body.id;
    const edited = await api<{ topic: string; version: number }>(platform.url, `/contacts/${id}`, {
      method: "PATCH",
      token: delegate,
      body: { topic: "供暖回访" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ topic: "供暖回访", version: 2 });

    const later = new Date(Date.now() + 8 * 24 * 3600_000);
    const caller = {
      id: "demo-delegate",
      username: "delegate",
      name: "李华",
      roles: ["delegate" as const],
      unitId: "620121",
      personId: personIdOf("YD0101"),
    };
    await expect(editContact(platform.db, caller, id, { topic: "太晚了" }, later)).rejects.toMatchObject({
      status: 403,
    });

    const noReason = await api(platform.url, `/contacts/${id}`, {
      method: "PATCH",
      token: office,
      body: { topic: "更正" },
    });
    expect(noReason.status).toBe(400);
    const corrected = await api(platform.url, `/contacts/${id}`, {
      method: "PATCH",
      token: office,
      body: { topic: "供暖问题回访", reason: "主题填写有误" },
    });
    expect(corrected.status).toBe(200);
    expect((await getContact(platform.db, id))?.topic).toBe("供暖问题回访");
  });
});

describe("scope", () => {
  it("refuses the province on GET /persons", async () => {
    const province = await login(platform.url, "province");
    const res = await api(platform.url, "/persons", { token: province });
    expect(res.status).toBe(403);
  });

  it("refuses another county's office on this county's roster, coverage and contacts", async () => {
    await putAccount(
      platform.db,
      { username: "office-chengguan", name: "城关区联络办", roles: ["office"], unitId: "620102" },
      "demo",
    );
    const other = await login(platform.url, "office-chengguan");
    for (const path of [
      "/persons?unit=620121",
      `/coverage?unit=620121&quarter=${quarterOf(new Date())}`,
      "/contacts?unit=620121",
      "/assignments?unit=620121",
    ]) {
      const res = await api(platform.url, path, { token: other });
      expect(res.status, path).toBe(403);
    }
  });

  it("shows phones in full only to the office of the person's own unit", async () => {
    const county = await api<{ items: { name: string; phone?: string }[] }>(platform.url, "/persons?unit=620121", {
      token: office,
    });
    expect(county.body.items.find((p) => p.name === "王芳")?.phone).toBe("13809311001");
    const town = await api<{ items: { name: string; phone?: string }[] }>(platform.url, "/persons?unit=620121100", {
      token: office,
    });
    expect(town.body.items.find((p) => p.name === "赵丽")?.phone).toBe("138****1002");
  });

  it("gives the province coverage figures without any names", async () => {
    const province = await login(platform.url, "province");
    const res = await api(platform.url, `/coverage?unit=620000&quarter=${quarterOf(new Date())}`, { token: province });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty("notContacted");
    expect(JSON.stringify(res.body)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
