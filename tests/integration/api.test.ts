import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.dispose());

interface Node {
  id: string;
  name: string;
  pilot: boolean;
  level: string;
  children: Node[];
}
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe("the API front door", () => {
  it("GET /health answers ok when the database answers", async () => {
    const res = await api(platform.url, "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toBeTruthy();
  });

  it("GET /units is public and holds Gansu, two or more cities and three or more pilot counties with towns", async () => {
    const res = await api<{ units: Node[] }>(platform.url, "/units");
    expect(res.status).toBe(200);
    expect(res.body.units).toHaveLength(1);
    expect(res.body.units[0]).toMatchObject({ id: "620000", name: "甘肃省" });
    const all = flatten(res.body.units);
    expect(all.filter((u) => u.level === "city").length).toBeGreaterThanOrEqual(2);
    const pilots = all.filter((u) => u.pilot && u.level === "county");
    expect(pilots.length).toBeGreaterThanOrEqual(3);
    for (const county of pilots) expect(county.children.some((c) => c.level === "town")).toBe(true);
  });

  it("answers unknown routes with 404 and wrong methods with 405, in the error shape", async () => {
    const missing = await api(platform.url, "/no-such-thing");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: "not_found" } });
    const wrongMethod = await api(platform.url, "/units", { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
  });

  it("refuses malformed JSON with 400 and a body of the wrong type with 415", async () => {
    const broken = await api(platform.url, "/auth/login", {
      method: "POST",
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: { code: "bad_request" } });
    const text = await api(platform.url, "/auth/login", {
      method: "POST",
      rawBody: "username=office",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
  });

  it("refuses an oversized body with 413 before reading it", async () => {
    const res = await api(platform.url, "/auth/login", {
      body: { username: "office", password: "x".repeat(100 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("never answers a stack trace", async () => {
    const res = await api(platform.url, "/auth/login", {
      method: "POST",
      rawBody: "[",
      headers: { "content-type": "application/json" },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("serves the web app at / and client routes fall back to index.html", async () => {
    for (const path of ["/", "/login", "/home"]) {
      const res = await fetch(`${platform.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain('<div id="root">');
    }
  });
});

describe("when the database is down", () => {
  it("GET /health answers 503 in the error shape", async () => {
    const own = await startTestPlatform({ demo: false });
    try {
      await own.database.close();
      const res = await api(own.url, "/health");
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ error: { code: "database_unavailable" } });
    } finally {
      await own.dispose();
    }
  });
});
