import type { ZodType } from "zod";
import { meSchema } from "../accounts/schema.ts";
import {
  activitiesQuerySchema,
  activityDetailSchema,
  activityIdParamsSchema,
  activityListSchema,
  activityViewSchema,
  checkinInputSchema,
  checkinResultSchema,
  createdActivitySchema,
  createdSessionSchema,
  dutyRecordSchema,
  outcomeResultSchema,
  participationSchema,
  personIdParamsSchema,
  photoUploadInputSchema,
  photoUploadSchema,
  recordQuerySchema,
  sessionIdParamsSchema,
  signupInputSchema,
  signupResultSchema,
} from "../activities/api-schemas.ts";
import { activityInputSchema, activitySessionInputSchema, outcomeInputSchema } from "../activities/schema.ts";
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
import {
  acceptBodySchema,
  assignBodySchema,
  declineBodySchema,
  extendBodySchema,
  mergeBodySchema,
  ratingBodySchema,
  replyBodySchema,
  returnBodySchema,
  signBodySchema,
} from "../opinions/actions-schema.ts";
import {
  calendarAddSchema,
  calendarDateParamsSchema,
  calendarQuerySchema,
  deadlineRulesViewSchema,
  delegatesQuerySchema,
  opinionIdParamsSchema,
  publicDelegatesSchema,
  submittedSchema,
  trackingParamsSchema,
  unitParamQuerySchema,
} from "../opinions/api-schemas.ts";
import { calendarListSchema } from "../opinions/calendar.ts";
import { categoryListInputSchema, categoryListSchema } from "../opinions/categories.ts";
import { deadlineRulesSchema } from "../opinions/deadlines.ts";
import { opinionPageSchema, opinionsQuerySchema } from "../opinions/list.ts";
import { opinionSubmitSchema } from "../opinions/schema.ts";
import { opinionDetailSchema, trackingViewSchema } from "../opinions/views.ts";
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

type Step = "accept" | "decline" | "merge" | "assign" | "sign" | "reply" | "extend" | "return";

/** The workflow steps share one shape: POST /opinions/{id}/<step>, the opinion as the answer. */
function opinionStep<S extends Step, B extends ZodType>(step: S, summary: string, access: readonly Role[], body: B) {
  return {
    [`POST /opinions/{id}/${step}`]: {
      idempotent: true,
      handler: `functions/src/opinions/steps.${step}Handler`,
      access,
      summary,
      tag: "opinions",
      request: { params: opinionIdParamsSchema, body },
      response: opinionDetailSchema,
    },
  } as {
    [K in `POST /opinions/{id}/${S}`]: {
      idempotent: true;
      handler: string;
      access: readonly Role[];
      summary: string;
      tag: string;
      request: { params: typeof opinionIdParamsSchema; body: B };
      response: typeof opinionDetailSchema;
    };
  };
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
  // Opinions
  "GET /categories": {
    handler: "functions/src/opinions/categories.listHandler",
    access: "public",
    summary: "意见类别 / Opinion categories",
    tag: "opinions",
    response: categoryListSchema,
  },
  "PUT /categories": {
    idempotent: true,
    handler: "functions/src/opinions/categories.saveHandler",
    access: ["province"],
    summary: "维护意见类别(只能停用,不能删除) / Edit the categories (deactivate, never remove)",
    tag: "opinions",
    request: { body: categoryListInputSchema },
    response: categoryListSchema,
  },
  "GET /delegates": {
    handler: "functions/src/opinions/delegates.handler",
    access: "public",
    summary: "可选的党代表(姓名已脱敏) / Delegates serving a unit, names masked",
    tag: "opinions",
    request: { query: delegatesQuerySchema },
    response: publicDelegatesSchema,
  },
  "POST /opinions": {
    idempotent: true,
    handler: "functions/src/opinions/submit.handler",
    access: "public",
    status: 201,
    summary: "提交意见建议(公开表单) / Submit an opinion (public form)",
    tag: "opinions",
    maxBodyBytes: 16 * 1024,
    request: { body: opinionSubmitSchema },
    response: submittedSchema,
  },
  "GET /opinions/track/{code}": {
    handler: "functions/src/opinions/track.handler",
    access: "public",
    summary: "凭查询码查看办理进度 / Follow an opinion by its tracking code",
    tag: "opinions",
    request: { params: trackingParamsSchema },
    response: trackingViewSchema,
  },
  "POST /opinions/track/{code}/rating": {
    idempotent: true,
    handler: "functions/src/opinions/rate.handler",
    access: "public",
    summary: "评价答复(不满意可退回重办一次) / Rate the reply (unsatisfied sends it back once)",
    tag: "opinions",
    request: { params: trackingParamsSchema, body: ratingBodySchema },
    response: trackingViewSchema,
  },
  "GET /opinions": {
    handler: "functions/src/opinions/list.handler",
    access: ["office", "handler", ...CHAIN],
    summary: "意见列表:办公室分办、承办单位待办、本人相关 / Triage list, handler inbox, or the caller's own",
    tag: "opinions",
    request: { query: opinionsQuerySchema },
    response: opinionPageSchema,
  },
  "GET /opinions/{id}": {
    handler: "functions/src/opinions/get.handler",
    access: ["office", "handler", ...CHAIN],
    summary: "意见详情与办理记录 / One opinion with its history",
    tag: "opinions",
    request: { params: opinionIdParamsSchema },
    response: opinionDetailSchema,
  },
  ...opinionStep("accept", "受理 / Accept", ["office"], acceptBodySchema),
  ...opinionStep(
    "decline",
    "不予受理(原因告知提交人) / Decline, with a reason shown to the submitter",
    ["office"],
    declineBodySchema,
  ),
  ...opinionStep("merge", "并案 / Merge into another opinion", ["office"], mergeBodySchema),
  ...opinionStep("assign", "交办或改派承办单位 / Assign or reassign to a handling unit", ["office"], assignBodySchema),
  ...opinionStep("sign", "签收 / Sign for it", ["handler"], signBodySchema),
  ...opinionStep(
    "reply",
    "答复(公开答复与内部备注) / Reply (public text, internal note)",
    ["handler"],
    replyBodySchema,
  ),
  ...opinionStep(
    "extend",
    "申请延期(承办单位)或审批(办公室) / Ask for an extension (handler) or decide (office)",
    ["handler", "office"],
    extendBodySchema,
  ),
  ...opinionStep("return", "退回交办错误的意见 / Return a mis-routed opinion", ["handler"], returnBodySchema),
  "GET /calendar": {
    handler: "functions/src/opinions/calendar.listHandler",
    access: ["office", "handler"],
    summary: "节假日与调休上班日 / Holidays and adjusted working days",
    tag: "opinions",
    request: { query: calendarQuerySchema },
    response: calendarListSchema,
  },
  "POST /calendar": {
    idempotent: true,
    handler: "functions/src/opinions/calendar.addHandler",
    access: ["office"],
    status: 201,
    summary: "本单位增加节假日或上班日 / Add a holiday or working day for the unit",
    tag: "opinions",
    request: { body: calendarAddSchema },
    response: calendarListSchema,
  },
  "DELETE /calendar/{date}": {
    handler: "functions/src/opinions/calendar.deleteHandler",
    access: ["office"],
    summary: "删除本单位增加的日期 / Remove a day the unit added",
    tag: "opinions",
    request: { params: calendarDateParamsSchema, query: unitParamQuerySchema },
    response: calendarListSchema,
  },
  "GET /deadline-rules": {
    handler: "functions/src/opinions/deadlines.getHandler",
    access: ["office"],
    summary: "办理期限规则(工作日) / Deadline rules in working days",
    tag: "opinions",
    request: { query: unitParamQuerySchema },
    response: deadlineRulesViewSchema,
  },
  "PUT /deadline-rules": {
    idempotent: true,
    handler: "functions/src/opinions/deadlines.putHandler",
    access: ["office"],
    summary: "设置本单位及下级的办理期限 / Set deadlines for the unit and those below",
    tag: "opinions",
    request: { query: unitParamQuerySchema, body: deadlineRulesSchema },
    response: deadlineRulesViewSchema,
  },
  // Themed activities
  "GET /activities": {
    handler: "functions/src/activities/list.handler",
    access: [...STAFF, ...CHAIN],
    summary: "主题实践活动:本单位发起的、发给本单位或本人的 / Activities created by or meant for the caller",
    tag: "activities",
    request: { query: activitiesQuerySchema },
    response: activityListSchema,
  },
  "POST /activities": {
    idempotent: true,
    handler: "functions/src/activities/create.handler",
    access: STAFF,
    status: 201,
    summary: "发起主题实践活动(草稿) / Create a themed activity (a draft)",
    tag: "activities",
    request: { body: activityInputSchema },
    response: createdActivitySchema,
  },
  "GET /activities/{id}": {
    handler: "functions/src/activities/get.handler",
    access: [...STAFF, ...CHAIN],
    summary: "活动详情:场次、本人签到、成果 / One activity: sessions, own check-ins, outcomes",
    tag: "activities",
    request: { params: activityIdParamsSchema },
    response: activityDetailSchema,
  },
  "POST /activities/{id}/publish": {
    idempotent: true,
    handler: "functions/src/activities/publish.handler",
    access: STAFF,
    summary: "发布活动 / Publish an activity to its target units",
    tag: "activities",
    request: { params: activityIdParamsSchema },
    response: activityViewSchema,
  },
  "POST /activities/{id}/close": {
    idempotent: true,
    handler: "functions/src/activities/close.handler",
    access: STAFF,
    summary: "结束活动 / Close an activity",
    tag: "activities",
    request: { params: activityIdParamsSchema },
    response: activityViewSchema,
  },
  "POST /activities/{id}/sessions": {
    idempotent: true,
    handler: "functions/src/activities/add-session.handler",
    access: STAFF,
    status: 201,
    summary: "下级单位添加活动场次,返回签到码 / Add a local session; answers its check-in code",
    tag: "activities",
    request: { params: activityIdParamsSchema, body: activitySessionInputSchema },
    response: createdSessionSchema,
  },
  "POST /activities/{id}/signups": {
    idempotent: true,
    handler: "functions/src/activities/signup.handler",
    access: [...STAFF, ...CHAIN],
    status: 201,
    summary: "报名,或办公室为人员报名 / Sign up, or the office enrols people",
    tag: "activities",
    request: { params: activityIdParamsSchema, body: signupInputSchema },
    response: signupResultSchema,
  },
  "POST /sessions/{id}/checkins": {
    idempotent: true,
    handler: "functions/src/sessions/checkin.handler",
    access: [...STAFF, ...CHAIN],
    status: 201,
    summary: "凭签到码签到,或组织者代为签到 / Check in with the code, or the organiser marks attendance",
    tag: "activities",
    request: { params: sessionIdParamsSchema, body: checkinInputSchema },
    response: checkinResultSchema,
  },
  "POST /activities/{id}/photos": {
    handler: "functions/src/activities/photo-upload.handler",
    access: STAFF,
    status: 201,
    summary: "申请上传一张活动照片(预签名地址) / Get a presigned upload for one activity photo",
    tag: "activities",
    request: { params: activityIdParamsSchema, body: photoUploadInputSchema },
    response: photoUploadSchema,
  },
  "POST /activities/{id}/outcomes": {
    idempotent: true,
    handler: "functions/src/activities/outcome.handler",
    access: STAFF,
    status: 201,
    summary: "记录场次成果:摘要、覆盖群众、照片、意见 / Record a session's outcome",
    tag: "activities",
    request: { params: activityIdParamsSchema, body: outcomeInputSchema },
    response: outcomeResultSchema,
  },
  "GET /activities/{id}/participation": {
    handler: "functions/src/activities/participation.handler",
    access: STAFF,
    summary: "各单位参与情况 / Participation per unit",
    tag: "activities",
    request: { params: activityIdParamsSchema },
    response: participationSchema,
  },
  "GET /persons/{id}/record": {
    handler: "functions/src/persons/record.handler",
    access: [...STAFF, ...CHAIN],
    summary: "履职档案:联系与活动 / A person's duty record: contacts and activities",
    tag: "activities",
    request: { params: personIdParamsSchema, query: recordQuerySchema },
    response: dutyRecordSchema,
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
