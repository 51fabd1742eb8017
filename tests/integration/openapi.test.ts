import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_BASE, routeEntries, splitRouteKey } from "../../packages/core/src/index.ts";
import { api, startTestPlatform, type TestPlatform } from "../support/platform.ts";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({ demo: false });
});
afterAll(() => platform.dispose());

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document listing every route of the route table", async () => {
    const res = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      platform.url,
      "/openapi.json",
    );
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(res.body) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    for (const [key] of routeEntries()) {
      const { method, path } = splitRouteKey(key);
      expect(res.body.paths[`${API_BASE}${path}`]?.[method.toLowerCase()], key).toBeDefined();
    }
  });

  it("marks signed-in routes with bearer security and public ones without", async () => {
    const res = await api<{ paths: Record<string, Record<string, { security: unknown[] }>> }>(
      platform.url,
      "/openapi.json",
    );
    expect(res.body.paths["/api/me"]?.get?.security).toEqual([{ bearerAuth: [] }]);
    expect(res.body.paths["/api/units"]?.get?.security).toEqual([]);
  });
});
