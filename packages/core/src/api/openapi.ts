import { type ZodType, z } from "zod";
import { errorBodySchema } from "./common.ts";
import { API_BASE, type RouteDef, routeEntries, splitRouteKey } from "./routes.ts";

type JsonSchema = Record<string, unknown>;

/** Shared definitions hoisted out of each operation's schemas (zod puts them under $defs). */
type Components = Record<string, JsonSchema>;

function rewriteRefs(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, rename));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) =>
      k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")
        ? [k, `#/components/schemas/${rename(v.slice("#/$defs/".length))}`]
        : [k, rewriteRefs(v, rename)],
    ),
  );
}

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) from zod. Named schemas (`.meta({ id })`) keep their
 * id; anonymous shared parts get a name scoped to the operation so two operations never collide.
 */
function schemaOf(schema: ZodType, io: "input" | "output", scope: string, components: Components): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", cycles: "ref" });
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
  delete json.$defs;
  const rename = (name: string) => (name.startsWith("__schema") ? `${scope}_${io}_${name.slice(2)}` : name);
  for (const [name, def] of Object.entries(defs)) components[rename(name)] = rewriteRefs(def, rename) as JsonSchema;
  return rewriteRefs(json, rename) as JsonSchema;
}

function parameters(def: RouteDef, scope: string, components: Components): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const where of ["params", "query"] as const) {
    const schema = def.request?.[where];
    if (!schema) continue;
    const json = schemaOf(schema, "input", scope, components);
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(props)) {
      out.push({
        name,
        in: where === "params" ? "path" : "query",
        required: where === "params" || required.has(name),
        schema: prop,
      });
    }
  }
  return out;
}

const ERROR_STATUSES: Record<string, string> = {
  "400": "请求内容有误 / Invalid request",
  "401": "未登录 / Sign-in required",
  "403": "无权访问 / Not allowed",
  "404": "不存在 / Not found",
  "409": "冲突或重复 / Conflict or duplicate",
  "413": "内容过大 / Too large",
  "429": "请求过多 / Rate limited",
  "503": "数据库不可用 / Database unavailable",
};

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function openApiDocument(options: { includeLocalOnly: boolean; serverUrl?: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Components = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  for (const [key, def] of routeEntries()) {
    if (def.localOnly && !options.includeLocalOnly) continue;
    const { method, path } = splitRouteKey(key);
    const operationId = `${method.toLowerCase()}${path.replace(/[{}]/g, "").replace(/[/.-](\w)/g, (_, c: string) => c.toUpperCase())}`;
    const operation: Record<string, unknown> = {
      operationId,
      summary: def.summary,
      tags: [def.tag],
      security: def.access === "public" ? [] : [{ bearerAuth: [] }],
      parameters: parameters(def, operationId, components),
      responses: {
        [String(def.status ?? 200)]: {
          description: "OK",
          content: def.produces
            ? { [def.produces]: { schema: { type: "string", format: "binary" } } }
            : { "application/json": { schema: schemaOf(def.response, "output", operationId, components) } },
        },
        ...Object.fromEntries(
          Object.entries(ERROR_STATUSES)
            .filter(([status]) => def.access !== "public" || (status !== "401" && status !== "403"))
            .map(([status, description]) => [
              status,
              { description, content: { "application/json": { schema: errorRef } } },
            ]),
        ),
      },
      ...(def.access !== "public" && def.access !== "signed-in" ? { "x-roles": def.access } : {}),
    };
    if (def.idempotent) {
      (operation.parameters as JsonSchema[]).push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description: "重试时带上同一个键,返回首次的结果 / Send the same key on a retry to get the first answer",
        schema: { type: "string", minLength: 8, maxLength: 128 },
      });
    }
    if (def.fileBody) {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(def.fileBody.map((t) => [t, { schema: { type: "string", format: "binary" } }])),
      };
    } else if (def.request?.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(def.request.body, "input", operationId, components) } },
      };
    }
    const fullPath = `${API_BASE}${path}`;
    paths[fullPath] = { ...paths[fullPath], [method.toLowerCase()]: operation };
  }
  const errorSchema = schemaOf(errorBodySchema, "output", "error", components);
  return {
    openapi: "3.1.0",
    info: {
      title: "Liaison API / 党代表联络平台接口",
      version: "1.0.0",
      description: "党代会常任制试点联络平台 / Delegate liaison platform for standing party congress pilots",
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths,
    components: {
      schemas: { ...components, Error: errorSchema },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
  };
}
