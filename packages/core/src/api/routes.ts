import type { ZodType } from "zod";
import { meSchema } from "../accounts/schema.ts";
import { loginRequestSchema, loginResponseSchema } from "../auth/login-schema.ts";
import type { Role } from "../auth/roles.ts";
import {
  assignmentListSchema,
  assignResultSchema,
  coverageQuerySchema,
  coverageSchema,
  gapsSchema,
  importQuerySchema,
  importResultSchema,
  personPageSchema,
  personsQuerySchema,
  templateQuerySchema,
  unitQuerySchema,
} from "../chains/api-schemas.ts";
import { assignmentInputSchema } from "../chains/schema.ts";
import {
  contactIdParamsSchema,
  contactPageSchema,
  contactsQuerySchema,
  createdSchema,
  ledgerExportQuerySchema,
} from "../contacts/api-schemas.ts";
import { contactInputSchema, contactPatchSchema, contactSchema } from "../contacts/schema.ts";
import { notificationListSchema } from "../notifications/service.ts";
import { personInputSchema, personSchema } from "../people/schema.ts";
import {
  figuresListSchema,
  reportIdParamsSchema,
  reportListSchema,
  reportsQuerySchema,
  reportViewSchema,
  submitReportSchema,
} from "../stats/api-schemas.ts";
import { statsQuerySchema, statsSchema } from "../stats/query.ts";
import { unitTreeSchema } from "../units/schema.ts";
import { fileSchema, healthSchema, openApiDocumentSchema } from "./common.ts";

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
  /** The body is a file (not JSON) of one of these media types; the handler gets its bytes. */
  fileBody?: readonly string[];
  /** The answer is a file of this media type instead of JSON. */
  produces?: string;
  /** The route honours an Idempotency-Key header: a retry returns the first answer. */
  idempotent?: boolean;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const STAFF: readonly Role[] = ["office"];
const CHAIN: readonly Role[] = ["committee", "delegate", "member"];

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
  "GET /persons": {
    handler: "functions/src/persons/list.handler",
    access: STAFF,
    summary: "花名册(本单位及下级) / The roster of a unit in the caller's scope",
    tag: "chains",
    request: { query: personsQuerySchema },
    response: personPageSchema,
  },
  "POST /persons": {
    idempotent: true,
    handler: "functions/src/persons/create.handler",
    access: STAFF,
    status: 201,
    summary: "新增一名人员 / Add one person to the roster",
    tag: "chains",
    request: { body: personInputSchema },
    response: personSchema,
  },
  "POST /persons/import": {
    idempotent: true,
    handler: "functions/src/persons/import.handler",
    access: STAFF,
    summary: "导入花名册(.xlsx/.csv,有误则全部不导入) / Import a roster file; any bad row imports nothing",
    tag: "chains",
    request: { query: importQuerySchema },
    // CSV from Excel is often GB18030: send it as octet-stream with ?format=csv so no gateway re-decodes it.
    fileBody: [XLSX, "text/csv", "application/octet-stream"],
    // Base64 through API Gateway adds a third: 4 MB of file stays under Lambda's 6 MB request limit.
    maxBodyBytes: 4 * 1024 * 1024,
    response: importResultSchema,
  },
  "GET /persons/import-template": {
    handler: "functions/src/persons/template.handler",
    access: STAFF,
    summary: "下载花名册模板 / Download the roster template",
    tag: "chains",
    request: { query: templateQuerySchema },
    produces: XLSX,
    response: fileSchema,
  },
  "GET /assignments": {
    handler: "functions/src/assignments/list.handler",
    access: [...STAFF, ...CHAIN],
    summary: "联系分工:本人负责的对象,或办公室查看本单位 / Own assignments, or a unit's for the office",
    tag: "chains",
    request: { query: unitQuerySchema },
    response: assignmentListSchema,
  },
  "POST /assignments": {
    idempotent: true,
    handler: "functions/src/assignments/create.handler",
    access: STAFF,
    status: 201,
    summary: "批量分配联系对象 / Assign people or public groups to a responsible person",
    tag: "chains",
    request: { body: assignmentInputSchema },
    response: assignResultSchema,
  },
  "GET /assignments/unassigned": {
    handler: "functions/src/assignments/unassigned.handler",
    access: STAFF,
    summary: "各层级未分配联系人的人员 / People without an assignment, per tier",
    tag: "chains",
    request: { query: unitQuerySchema },
    response: gapsSchema,
  },
  "POST /contacts": {
    handler: "functions/src/contacts/create.handler",
    access: CHAIN,
    status: 201,
    idempotent: true,
    summary: "登记一次联系 / Log a contact",
    tag: "chains",
    request: { body: contactInputSchema },
    response: createdSchema,
  },
  "GET /contacts": {
    handler: "functions/src/contacts/list.handler",
    access: [...STAFF, ...CHAIN],
    summary: "本人联系台账,或办公室按单位和季度查看 / Own ledger, or a unit-quarter for the office",
    tag: "chains",
    request: { query: contactsQuerySchema },
    response: contactPageSchema,
  },
  "PATCH /contacts/{id}": {
    handler: "functions/src/contacts/edit.handler",
    access: [...STAFF, ...CHAIN],
    summary: "修改(7 天内)或更正联系记录 / Edit (within 7 days) or correct a contact",
    tag: "chains",
    request: { params: contactIdParamsSchema, body: contactPatchSchema },
    response: contactSchema,
  },
  "GET /contacts/export.xlsx": {
    handler: "functions/src/contacts/export.handler",
    access: CHAIN,
    summary: "导出本人联系台账 / Export the own ledger as .xlsx",
    tag: "chains",
    request: { query: ledgerExportQuerySchema },
    produces: XLSX,
    response: fileSchema,
  },
  "GET /coverage": {
    handler: "functions/src/coverage.handler",
    access: ["office", "province"],
    summary: "联系覆盖率与未联系名单 / Contact coverage per tier and the not-yet-contacted worklist",
    tag: "chains",
    request: { query: coverageQuerySchema },
    response: coverageSchema,
  },
  "GET /stats": {
    handler: "functions/src/stats/stats.handler",
    access: ["office", "province"],
    summary: "统计:下级单位、季度趋势或意见类别 / Figures of a subtree by child unit, quarter or category",
    tag: "stats",
    request: { query: statsQuerySchema },
    response: statsSchema,
  },
  "GET /stats/export.xlsx": {
    handler: "functions/src/stats/export.xlsxHandler",
    access: ["office", "province"],
    summary: "导出统计 .xlsx / Export the statistics view as .xlsx",
    tag: "stats",
    request: { query: statsQuerySchema },
    produces: XLSX,
    response: fileSchema,
  },
  "GET /stats/export.csv": {
    handler: "functions/src/stats/export.csvHandler",
    access: ["office", "province"],
    summary: "导出统计 CSV / Export the statistics view as CSV",
    tag: "stats",
    request: { query: statsQuerySchema },
    produces: "text/csv",
    response: fileSchema,
  },
  "GET /stats/figures": {
    handler: "functions/src/stats/figures.handler",
    access: "signed-in",
    summary: "指标定义 / Figure definitions",
    tag: "stats",
    response: figuresListSchema,
  },
  "GET /reports": {
    handler: "functions/src/reports/list.handler",
    access: ["office", "province"],
    summary: "季报列表与上报情况 / Quarterly reports of a subtree and who has submitted",
    tag: "reports",
    request: { query: reportsQuerySchema },
    response: reportListSchema,
  },
  "GET /reports/{id}": {
    handler: "functions/src/reports/get.handler",
    access: ["office", "province"],
    summary: "季报详情 / One quarterly report",
    tag: "reports",
    request: { params: reportIdParamsSchema },
    response: reportViewSchema,
  },
  "POST /reports/{id}/submit": {
    idempotent: true,
    handler: "functions/src/reports/submit.handler",
    access: ["office"],
    summary: "上报季报 / Submit the unit's quarterly report",
    tag: "reports",
    request: { params: reportIdParamsSchema, body: submitReportSchema },
    response: reportViewSchema,
  },
  "GET /reports/{id}/export.xlsx": {
    handler: "functions/src/reports/export.xlsxHandler",
    access: ["office", "province"],
    summary: "导出季报 .xlsx(每级一个工作表) / Export a report as .xlsx, one sheet per level",
    tag: "reports",
    request: { params: reportIdParamsSchema },
    produces: XLSX,
    response: fileSchema,
  },
  "GET /reports/{id}/export.csv": {
    handler: "functions/src/reports/export.csvHandler",
    access: ["office", "province"],
    summary: "导出季报 CSV / Export a report as CSV",
    tag: "reports",
    request: { params: reportIdParamsSchema },
    produces: "text/csv",
    response: fileSchema,
  },
  "GET /notifications": {
    handler: "functions/src/notifications.handler",
    access: "signed-in",
    summary: "我的提醒 / The caller's in-app notifications",
    tag: "notifications",
    response: notificationListSchema,
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
