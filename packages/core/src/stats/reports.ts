import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryEach } from "../db/query.ts";
import { AppError, errors } from "../http/errors.ts";
import { listUnits } from "../units/repository.ts";
import { isWithin, type Unit } from "../units/schema.ts";
import { mapLimit } from "../util/concurrency.ts";
import { type Counts, emptyCounts } from "./figures.ts";
import { reconcileQuarter } from "./reconcile.ts";
import { rollUp } from "./rollup.ts";

export const REPORT_STATUSES = ["draft", "submitted"] as const;

export const reportIdSchema = z
  .string()
  .regex(/^\d{6,12}-\d{4}Q[1-4]-v\d{1,4}$/, { error: "报告编号无效 / Invalid report id" });

export const reportSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  level: z.string(),
  path: z.string(),
  quarter: z.string(),
  version: z.number().int(),
  generatedAt: z.string(),
  status: z.enum(REPORT_STATUSES),
  submittedAt: z.string().optional(),
  comment: z.string().optional(),
  counts: z.record(z.string(), z.number()),
  /** The units one and two levels below, each with its own subtree's counts. */
  rows: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      level: z.string(),
      parentId: z.string().nullable(),
      counts: z.record(z.string(), z.number()),
    }),
  ),
});
export type Report = z.infer<typeof reportSchema>;

export const reportIdOf = (unitId: string, quarter: string, version: number) => `${unitId}-${quarter}-v${version}`;

function parseReportId(id: string): { unitId: string; quarter: string; version: number } {
  const [unitId = "", quarter = "", v = ""] = id.split("-");
  return { unitId, quarter, version: Number(v.slice(1)) };
}

async function latestVersion(db: Db, unitId: string, quarter: string): Promise<number> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.report(unitId, quarter, 0).pk },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
      ProjectionExpression: "version",
    }),
  );
  return Number(res.Items?.[0]?.version ?? 0);
}

/**
 * Freezes a quarter: recounts it exactly, then writes for every unit a new version of its report
 * (its subtree's counts, and rows for the units one and two levels below). Old versions stay.
 */
export async function generateQuarterlyReports(db: Db, quarter: string, now = new Date()) {
  const reconciled = await reconcileQuarter(db, quarter);
  const all = await listUnits(db);
  const roots = all.filter((u) => !u.parentId);
  let written = 0;
  for (const root of roots) {
    const { units, subtree } = await rollUp(db, root, [quarter]);
    const depth = (u: Unit) => u.path.split("/").length;
    await mapLimit(units, 6, async (unit) => {
      const version = (await latestVersion(db, unit.id, quarter)) + 1;
      const below = units.filter((u) => u.id !== unit.id && isWithin(u, unit.id) && depth(u) <= depth(unit) + 2);
      const report: Report = reportSchema.parse({
        id: reportIdOf(unit.id, quarter, version),
        unitId: unit.id,
        unitName: unit.name,
        level: unit.level,
        path: unit.path,
        quarter,
        version,
        generatedAt: now.toISOString(),
        status: "draft",
        counts: subtree.get(unit.id) ?? emptyCounts(),
        rows: below.map((u) => ({
          unitId: u.id,
          name: u.name,
          level: u.level,
          parentId: u.parentId,
          counts: subtree.get(u.id) ?? emptyCounts(),
        })),
      });
      await db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: {
            ...keys.report(unit.id, quarter, version),
            ...keys.reportByQuarter(quarter, unit.path, version),
            type: "report",
            ...report,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      written++;
    });
  }
  return { quarter, reports: written, reconciled };
}

export async function getReport(db: Db, caller: Caller, id: string): Promise<Report> {
  const { unitId, quarter, version } = parseReportId(id);
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.report(unitId, quarter, version), ConsistentRead: true }),
  );
  if (!res.Item) throw errors.notFound({ zh: "报告不存在", en: "No such report" });
  const report = reportSchema.parse(res.Item);
  if (!isWithin(report, caller.unitId))
    throw errors.forbidden({ zh: "该报告不在您的管辖范围内", en: "This report is outside your scope" });
  return report;
}

export interface ReportSummary {
  id: string;
  unitId: string;
  unitName: string;
  level: string;
  quarter: string;
  version: number;
  versions: number;
  status: Report["status"];
  generatedAt: string;
  submittedAt?: string;
  counts: Counts;
}

/** The latest version of every report of a subtree for one quarter, in unit-path order. */
export async function listReports(db: Db, root: Unit, quarter: string): Promise<ReportSummary[]> {
  const latest = new Map<string, ReportSummary>();
  await queryEach(
    db,
    {
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND begins_with(gsi1sk, :path)",
      ExpressionAttributeValues: { ":pk": keys.reportByQuarter(quarter, "", 0).gsi1pk, ":path": root.path },
    },
    (item) => {
      const r = reportSchema.parse(item);
      if (!isWithin(r, root.id)) return;
      const seen = latest.get(r.unitId);
      const versions = (seen?.versions ?? 0) + 1;
      if (!seen || r.version > seen.version) {
        const { rows: _rows, path: _path, ...summary } = r;
        latest.set(r.unitId, { ...summary, versions });
      } else seen.versions = versions;
    },
  );
  return [...latest.values()];
}

/** 上报: the office of the report's own unit submits its latest version with a comment. */
export async function submitReport(
  db: Db,
  caller: Caller,
  id: string,
  comment: string,
  now = new Date(),
): Promise<Report> {
  const report = await getReport(db, caller, id);
  if (caller.unitId !== report.unitId || !caller.roles.includes("office")) {
    throw errors.forbidden({
      zh: "只有本单位联络办公室可以上报",
      en: "Only the unit's own liaison office submits its report",
    });
  }
  if ((await latestVersion(db, report.unitId, report.quarter)) !== report.version) {
    throw new AppError(409, "report_superseded", {
      zh: "该报告已有新版本,请上报最新版本",
      en: "A newer version exists; submit that one",
    });
  }
  try {
    const res = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.report(report.unitId, report.quarter, report.version),
        UpdateExpression: "SET #status = :submitted, submittedAt = :at, submittedById = :by, #comment = :comment",
        ConditionExpression: "#status = :draft",
        ExpressionAttributeNames: { "#status": "status", "#comment": "comment" },
        ExpressionAttributeValues: {
          ":submitted": "submitted",
          ":draft": "draft",
          ":at": now.toISOString(),
          ":by": caller.id,
          ":comment": comment,
        },
        ReturnValues: "ALL_NEW",
      }),
    );
    return reportSchema.parse(res.Attributes);
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") {
      throw new AppError(409, "already_submitted", { zh: "该报告已上报", en: "This report was already submitted" });
    }
    throw err;
  }
}
