import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AppError, type ErrorBody, errors } from "@liaison/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { verifyToken } from "./auth/tokens.ts";
import { lambdaContext, toLambdaEvent } from "./event.ts";
import { createGate } from "./gate.ts";
import { runJob, UnknownJobError } from "./jobs.ts";
import { loadExport } from "./modules.ts";
import { apiPathOf, type CompiledRoute, compileRoutes, matchRoute } from "./routes.ts";
import { serveStatic } from "./static.ts";

/** API Gateway's payload limit for HTTP APIs (Lambda's synchronous limit is 6 MB). */
const MAX_REQUEST_BYTES = 6 * 1024 * 1024;

type LambdaHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

function sendJson(res: ServerResponse, status: number, body: ErrorBody, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: AppError): void {
  sendJson(res, error.status, error.toBody(), error.headers);
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Mirrors the HTTP API JWT authorizer: a route that is not public needs a valid bearer token. */
async function authorize(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ? await verifyToken(match[1]) : undefined;
}

function writeResult(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  if (result.cookies?.length) headers["set-cookie"] = result.cookies;
  res.writeHead(result.statusCode ?? 200, headers);
  const body = result.body ?? "";
  res.end(result.isBase64Encoded ? Buffer.from(body, "base64") : body);
}

const invocations = createGate(Number(process.env.LOCAL_CONCURRENCY) || 32);

async function handleApi(
  routes: CompiledRoute[],
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  apiPath: string,
): Promise<void> {
  const method = req.method ?? "GET";
  const found = matchRoute(routes, method === "HEAD" ? "GET" : method, apiPath);
  if (!found) return sendError(res, errors.notFound({ zh: "接口不存在", en: "No such API route" }));
  if ("allowed" in found) {
    if (method === "OPTIONS") {
      res.writeHead(204, { allow: found.allowed.join(", ") });
      res.end();
      return;
    }
    return sendError(res, errors.methodNotAllowed());
  }
  const body = await readBody(req);
  if (!body) return sendError(res, errors.tooLarge(MAX_REQUEST_BYTES));
  let claims: Record<string, unknown> | undefined;
  if (found.route.def.access !== "public") {
    claims = await authorize(req);
    if (!claims) return sendError(res, errors.unauthenticated());
  }
  const event = toLambdaEvent({ req, url, body, route: found.route, params: found.params, claims });
  const handler = await loadExport<LambdaHandler>(found.route.def.handler);
  const result = await invocations(() => handler(event, lambdaContext(found.route.key.replace(/\W+/g, "-"))));
  writeResult(res, result);
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  webDir: string;
  /** Secret for POST /__local/jobs/<name>, through which `npm run job` reaches a running platform. */
  jobToken?: string;
}

async function handleJob(req: IncomingMessage, res: ServerResponse, name: string, token: string | undefined) {
  if (!token || req.headers["x-liaison-job-token"] !== token || req.method !== "POST") {
    return sendError(res, errors.forbidden());
  }
  const body = await readBody(req);
  const args = body?.length ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {};
  try {
    const result = await runJob(name, args);
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(result));
  } catch (err) {
    if (err instanceof UnknownJobError) return sendError(res, errors.notFound({ zh: "没有该任务", en: err.message }));
    throw err;
  }
}

/** The local stand-in for API Gateway + CloudFront: /api/* to handlers, everything else to the web app. */
export async function startHttpServer(options: HttpServerOptions): Promise<{ server: Server; url: string }> {
  const routes = compileRoutes();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const apiPath = apiPathOf(url.pathname);
    const jobName = url.pathname.startsWith("/__local/jobs/") ? url.pathname.slice("/__local/jobs/".length) : undefined;
    const work = jobName
      ? handleJob(req, res, jobName, options.jobToken)
      : apiPath !== undefined
        ? handleApi(routes, req, res, url, apiPath)
        : Promise.resolve(serveStatic(options.webDir, req, res, url.pathname));
    work.catch((err: unknown) => {
      console.error(JSON.stringify({ level: "error", msg: "local runtime failure", error: String(err) }));
      if (!res.headersSent) sendError(res, err instanceof AppError ? err : errors.internal());
      else res.end();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://localhost:${port}` };
}
