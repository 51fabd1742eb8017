import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { API_BASE } from "@liaison/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import type { CompiledRoute } from "./routes.ts";

const TEXT_TYPES = /^(application\/(json|.*\+json|x-www-form-urlencoded|xml)|text\/)/i;

/** API Gateway hands array claims to handlers as "[a b]"; do the same so handlers see one shape. */
function flattenClaims(claims: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(claims)) {
    if (Array.isArray(v)) out[k] = `[${v.join(" ")}]`;
    else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (v !== undefined && v !== null) out[k] = JSON.stringify(v);
  }
  return out;
}

/** Builds the API Gateway HTTP API payload v2.0 event that the deployed API would send. */
export function toLambdaEvent(input: {
  req: IncomingMessage;
  url: URL;
  body: Buffer;
  route: CompiledRoute;
  params: Record<string, string>;
  claims?: Record<string, unknown>;
}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const { req, url, body, route, params, claims } = input;
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (name === "cookie") cookies.push(...String(value).split(/;\s*/));
    else headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
  const contentType = headers["content-type"] ?? "";
  const isText = body.length === 0 || TEXT_TYPES.test(contentType);
  const now = new Date();
  const routeKey = `${route.method} ${API_BASE}${route.path}`;
  return {
    version: "2.0",
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies.length ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: "local",
      apiId: "local",
      authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: flattenClaims(claims ?? {}), scopes: [] } },
      domainName: headers.host ?? "localhost",
      domainPrefix: (headers.host ?? "localhost").split(".")[0] ?? "localhost",
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey,
      stage: "$default",
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: isText ? body.toString("utf8") : body.toString("base64") } : {}),
    isBase64Encoded: !isText,
  };
}

export function lambdaContext(functionName: string, timeoutMs = 29_000): Context {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: "1024",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
