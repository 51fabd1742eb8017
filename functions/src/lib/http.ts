import {
  type Caller,
  callerFromClaims,
  type Db,
  db,
  errors,
  hasAnyRole,
  parseInput,
  ROUTES,
  type RouteDef,
  type RouteKey,
  recallAnswer,
  rememberAnswer,
  requestHashOf,
} from "@liaison/core";
import middy from "@middy/core";
import httpCors from "@middy/http-cors";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import httpSecurityHeaders from "@middy/http-security-headers";
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import type { z } from "zod";
import { jsonErrors } from "./errors.ts";

type Def<K extends RouteKey> = (typeof ROUTES)[K];
type Part<K extends RouteKey, W extends string> =
  Def<K> extends { request: { [P in W]: infer S extends z.ZodType } } ? z.output<S> : undefined;
type BodyOf<K extends RouteKey> = Def<K> extends { fileBody: readonly string[] } ? FileBody : Part<K, "body">;
type Signed<K extends RouteKey> = Def<K>["access"] extends "public" ? Caller | undefined : Caller;

export interface RequestContext<K extends RouteKey> {
  caller: Signed<K>;
  query: Part<K, "query">;
  params: Part<K, "params">;
  body: BodyOf<K>;
  /** The Idempotency-Key header, on routes that honour one. */
  idempotencyKey?: string;
  headers: Record<string, string | undefined>;
  db: Db;
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
  context: Context;
}

/** A handler's answer when it needs a status or headers other than the route's default. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** A downloaded file: sent base64-encoded, as API Gateway expects binary answers. */
export class FileReply {
  constructor(
    readonly contentType: string,
    readonly filename: string,
    readonly bytes: Buffer,
  ) {}
}

export interface FileBody {
  bytes: Buffer;
  contentType: string;
}

const DEFAULT_MAX_BODY = 64 * 1024;
const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

function fileBody(def: RouteDef, event: APIGatewayProxyEventV2WithJWTAuthorizer): FileBody {
  const contentType = (event.headers?.["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!def.fileBody?.includes(contentType)) throw errors.unsupportedMediaType(def.fileBody ?? []);
  const bytes = Buffer.from(event.body ?? "", event.isBase64Encoded ? "base64" : "utf8");
  return { bytes, contentType };
}

function idempotencyKeyOf(def: RouteDef, headers: Record<string, string | undefined>): string | undefined {
  const key = headers["idempotency-key"];
  if (!def.idempotent || key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw errors.validation({
      "Idempotency-Key": {
        zh: "幂等键应为 8–128 位字母、数字或 . _ : -",
        en: "Idempotency-Key must be 8–128 letters, digits or . _ : -",
      },
    });
  }
  return key;
}

function allowedOrigins(): string[] {
  return (process.env.WEB_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
}

function resolveCaller(def: RouteDef, event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller | undefined {
  const claims = event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
  const caller = callerFromClaims(claims);
  if (def.access === "public") return caller;
  if (!caller) throw errors.unauthenticated();
  if (def.access !== "signed-in" && !hasAnyRole(caller, def.access)) throw errors.forbidden();
  return caller;
}

/**
 * Wraps a route's implementation in the shared middy pipeline: header normalising, CORS for
 * the web origins, security headers, the JSON error shape, body size and JSON parsing, caller
 * and role checks, and zod validation of path, query and body, all driven by the route table.
 */
export function route<K extends RouteKey>(key: K, impl: (req: RequestContext<K>) => Promise<unknown>) {
  const def: RouteDef = ROUTES[key];
  const maxBody = def.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const handler = middy<APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2>()
    .use(httpHeaderNormalizer())
    .use(httpCors({ origins: allowedOrigins(), headers: "authorization,content-type,idempotency-key" }))
    .use(httpSecurityHeaders())
    .use(jsonErrors())
    .use({
      before: (request) => {
        const body = request.event.body;
        if (
          body !== undefined &&
          Buffer.byteLength(body, request.event.isBase64Encoded ? "base64" : "utf8") > maxBody
        ) {
          throw errors.tooLarge(maxBody);
        }
        if (!def.request?.body && !def.fileBody) return;
        if (body === undefined || body === "") {
          throw errors.badRequest({ zh: "缺少请求体", en: "A JSON request body is required" });
        }
      },
    });
  if (def.request?.body) handler.use(httpJsonBodyParser());
  return handler.handler(async (event, context): Promise<APIGatewayProxyStructuredResultV2> => {
    const caller = resolveCaller(def, event);
    const query = def.request?.query ? parseInput(def.request.query, event.queryStringParameters ?? {}) : undefined;
    const params = def.request?.params ? parseInput(def.request.params, event.pathParameters ?? {}) : undefined;
    const body = def.fileBody
      ? fileBody(def, event)
      : def.request?.body
        ? parseInput(def.request.body, event.body)
        : undefined;
    const database = db();
    const idempotencyKey = idempotencyKeyOf(def, event.headers ?? {});
    // A retry with the same key gets the first answer back, whatever the handler would do now.
    const scope = `${caller?.id ?? "public"}#${key}`;
    const requestHash = requestHashOf(
      event.rawPath,
      event.rawQueryString,
      typeof event.body === "string" ? event.body : JSON.stringify(event.body ?? null),
    );
    if (idempotencyKey) {
      const first = await recallAnswer(database, scope, idempotencyKey, requestHash);
      if (first) return jsonResponse(first.status, first.body, { "idempotent-replayed": "true" });
    }
    const result = await impl({
      caller,
      query,
      params,
      body,
      headers: event.headers ?? {},
      idempotencyKey,
      db: database,
      event,
      context,
    } as RequestContext<K>);
    if (result instanceof FileReply) {
      return {
        statusCode: 200,
        headers: {
          "content-type": result.contentType,
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(result.filename)}`,
          "cache-control": "no-store",
        },
        body: result.bytes.toString("base64"),
        isBase64Encoded: true,
      };
    }
    const reply = result instanceof Reply ? result : new Reply(def.status ?? 200, result);
    const text = JSON.stringify(reply.body);
    if (idempotencyKey && reply.status < 300) {
      await rememberAnswer(database, scope, idempotencyKey, requestHash, { status: reply.status, body: text });
    }
    return jsonResponse(reply.status, text, reply.headers);
  });
}

function jsonResponse(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
    body,
  };
}
