import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";
import { rosterCsv, rosterXlsx } from "../support/roster.ts";

let platform: TestPlatform;
let office: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  office = await login(platform.url, "office");
});
afterAll(() => platform.dispose());

async function fetchImport(csv: Buffer, format: "csv" | "xlsx" = "csv") {
  const res = await fetch(`${platform.url}/api/persons/import?format=${format}`, {
    method: "POST",
    headers: { authorization: `Bearer ${office}`, "content-type": "application/octet-stream" },
    body: new Uint8Array(csv),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("roster import (10,000 rows)", () => {
  it("refuses a file with 3 bad rows, naming exactly those rows, and stores nothing", async () => {
    const bad = new Map<number, "phone" | "name" | "unitId">([
      [17, "phone"],
      [4_321, "name"],
      [9_998, "unitId"],
    ]);
    const res = await fetchImport(rosterCsv(10_000, "620121100", bad));
    expect(res.status).toBe(400);
    const error = res.body.error as { code: string; rows: { row: number; fields: Record<string, unknown> }[] };
    expect(error.code).toBe("import_rejected");
    // Header is row 1, so data row i is spreadsheet row i + 2.
    expect(error.rows.map((r) => r.row)).toEqual([19, 4_323, 10_000]);
    expect(Object.keys(error.rows[0]?.fields ?? {})).toEqual(["phone"]);
    expect(Object.keys(error.rows[1]?.fields ?? {})).toEqual(["name"]);
    expect(Object.keys(error.rows[2]?.fields ?? {})).toEqual(["unitId"]);
    const persons = await api<{ items: unknown[] }>(platform.url, "/persons?unit=620121100&limit=500", {
      token: office,
    });
    expect(persons.body.items.every((p) => !String((p as { memberNo: string }).memberNo).startsWith("T"))).toBe(true);
  });

  it("imports the fixed file, and importing it again changes nothing", async () => {
    const csv = rosterCsv(10_000, "620121100");
    const first = await fetchImport(csv);
    expect(first.status, JSON.stringify(first.body).slice(0, 400)).toBe(200);
    expect(first.body).toMatchObject({ rows: 10_000, created: 10_000, updated: 0, unchanged: 0 });
    expect(first.body.assignments).toMatchObject({ created: 9_800, ended: 0 });

    const again = await fetchImport(csv);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ rows: 10_000, created: 0, updated: 0, unchanged: 10_000 });
    expect(again.body.assignments).toMatchObject({ created: 0, ended: 0, unchanged: 9_800 });

    let count = 0;
    let cursor: string | undefined;
    do {
      const page = await api<{ items: { memberNo: string }[]; cursor?: string }>(
        platform.url,
        `/persons?unit=620121100&limit=500${cursor ? `&cursor=${cursor}` : ""}`,
        { token: office },
      );
      count += page.body.items.filter((p) => p.memberNo.startsWith("T")).length;
      cursor = page.body.cursor;
    } while (cursor);
    expect(count).toBe(10_000);
  });

  it("imports the same 10,000 rows as an .xlsx workbook, and a re-import changes nothing", async () => {
    const xlsx = await rosterXlsx(10_000, "620121101", undefined, "X");
    const first = await fetchImport(xlsx, "xlsx");
    expect(first.status, JSON.stringify(first.body).slice(0, 400)).toBe(200);
    expect(first.body).toMatchObject({ rows: 10_000, created: 10_000 });
    const again = await fetchImport(xlsx, "xlsx");
    expect(again.body).toMatchObject({ rows: 10_000, created: 0, updated: 0, unchanged: 10_000 });
  });

  it("refuses a file over 4 MB with 413, which keeps the base64 request under Lambda's 6 MB", async () => {
    const res = await fetchImport(Buffer.alloc(4 * 1024 * 1024 + 1, 0x41));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "payload_too_large" } });
  });
});
