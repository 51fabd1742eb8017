import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES, routeEntries, splitRouteKey } from "../src/index.ts";

const root = resolve(import.meta.dirname, "../../..");

describe("the route table", () => {
  it.each(routeEntries())("%s names a handler module that exists", (key, def) => {
    const { method, path } = splitRouteKey(key);
    expect(["GET", "POST", "PUT", "PATCH", "DELETE"]).toContain(method);
    expect(path).toMatch(/^\/[\w{}./-]*$/);
    const file = def.handler.slice(0, def.handler.lastIndexOf("."));
    expect(existsSync(resolve(root, `${file}.ts`)), def.handler).toBe(true);
    if (Array.isArray(def.access)) for (const role of def.access) expect(ROLES).toContain(role);
  });

  it("keeps the issue's public routes public and /me signed-in", () => {
    const access = Object.fromEntries(routeEntries().map(([k, d]) => [k, d.access]));
    expect(access["GET /health"]).toBe("public");
    expect(access["GET /units"]).toBe("public");
    expect(access["GET /openapi.json"]).toBe("public");
    expect(access["POST /auth/login"]).toBe("public");
    expect(access["GET /me"]).toBe("signed-in");
  });
});
