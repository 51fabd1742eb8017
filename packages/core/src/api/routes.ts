import type { ZodType } from "zod";
import { meSchema } from "../accounts/schema.ts";
import { loginRequestSchema, loginResponseSchema } from "../auth/login-schema.ts";
import type { Role } from "../auth/roles.ts";
import { unitTreeSchema } from "../units/schema.ts";
import { healthSchema, openApiDocumentSchema } from "./common.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** "public": no token; "signed-in": any valid token; a role list: a token with one of them. */
export type Access = "public" | "signed-in" | readonly Role[];

export interface RouteDef {
  /** Handler module and export, relative to the repository root, in SST's `file.export` form. */
  handler: string;
  access: Access;
  summary: string;
  tag: string;
  /** Served by the local runtime only (in AWS, Cognito takes its place). */
  localOnly?: boolean;
  status?: number;
  request?: { query?: ZodType; params?: ZodType; body?: ZodType };
  response: ZodType;
  /** Largest accepted request body; the default suits small JSON forms. */
  maxBodyBytes?: number;
}

/** Every API route lives under this prefix, in AWS (behind the site's CloudFront) and locally. */
export const API_BASE = "/api";

/** The route table: the Api stack, the local runtime and the OpenAPI document all read it. */
export const ROUTES = {
  "GET /health": {
    handler: "functions/src/health.handler",
    access: "public",
    summary: "数据库连通性检查 / Health check (database reachable)",
    tag: "system",
    response: healthSchema,
  },
  "POST /auth/login": {
    handler: "packages/local/src/auth/login-handler.handler",
    access: "public",
    localOnly: true,
    summary: "本地登录,签发 RS256 令牌 / Local sign-in issuing an RS256 token",
    tag: "auth",
    request: { body: loginRequestSchema },
    response: loginResponseSchema,
  },
  "GET /me": {
    handler: "functions/src/me.handler",
    access: "signed-in",
    summary: "当前用户 / The signed-in caller",
    tag: "auth",
    response: meSchema,
  },
  "GET /units": {
    handler: "functions/src/units.handler",
    access: "public",
    summary: "单位树(代码与名称公开) / The unit tree (codes and names are public)",
    tag: "units",
    response: unitTreeSchema,
  },
  "GET /openapi.json": {
    handler: "functions/src/openapi.handler",
    access: "public",
    summary: "本接口的 OpenAPI 3.1 文档 / This API's OpenAPI 3.1 document",
    tag: "system",
    response: openApiDocumentSchema,
  },
} as const satisfies Record<string, RouteDef>;

export type RouteKey = keyof typeof ROUTES;

export function splitRouteKey(key: string): { method: HttpMethod; path: string } {
  const [method, path] = key.split(" ") as [HttpMethod, string];
  return { method, path };
}

export function routeEntries(): [RouteKey, RouteDef][] {
  return Object.entries(ROUTES) as [RouteKey, RouteDef][];
}
