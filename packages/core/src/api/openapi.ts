import { type ZodType, z } from "zod";
import { errorBodySchema } from "./common.ts";
import { API_BASE, type RouteDef, routeEntries, splitRouteKey } from "./routes.ts";

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", cycles: "ref" });
  delete json.$schema;
  return json;
}

function parameters(def: RouteDef): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const where of ["params", "query"] as const) {
    const schema = def.request?.[where];
    if (!schema) continue;
    const json = schemaOf(schema, "input");
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
  "429": "请求过多 / Rate limited",
  "503": "数据库不可用 / Database unavailable",
};

/** The OpenAPI 3.1 document, generated from the route table and its zod schemas. */
export function openApiDocument(options: { includeLocalOnly: boolean; serverUrl?: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  for (const [key, def] of routeEntries()) {
    if (def.localOnly && !options.includeLocalOnly) continue;
    const { method, path } = splitRouteKey(key);
    const operation: Record<string, unknown> = {
      operationId: `${method.toLowerCase()}${path.replace(/[{}]/g, "").replace(/[/.-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: def.summary,
      tags: [def.tag],
      security: def.access === "public" ? [] : [{ bearerAuth: [] }],
      parameters: parameters(def),
      responses: {
        [String(def.status ?? 200)]: {
          description: "OK",
          content: { "application/json": { schema: schemaOf(def.response, "output") } },
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
    if (def.request?.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(def.request.body, "input") } },
      };
    }
    const fullPath = `${API_BASE}${path}`;
    paths[fullPath] = { ...paths[fullPath], [method.toLowerCase()]: operation };
  }
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
      schemas: { Error: schemaOf(errorBodySchema, "output") },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
  };
}
