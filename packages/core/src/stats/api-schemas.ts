import { z } from "zod";
import { quarterSchema } from "../time/quarter.ts";
import { unitCodeSchema } from "../units/schema.ts";
import { figureMetaSchema } from "./query.ts";
import { reportIdSchema, reportSchema } from "./reports.ts";

const values = z.record(z.string(), z.number().nullable());

export const reportsQuerySchema = z.object({ unit: unitCodeSchema.optional(), quarter: quarterSchema.optional() });
export const reportIdParamsSchema = z.object({ id: reportIdSchema });
export const submitReportSchema = z.object({
  comment: z
    .string()
    .trim()
    .min(1, { error: "请填写上报说明 / Add a comment for the province" })
    .max(2000, { error: "说明不超过 2000 字 / At most 2000 characters" }),
});

export const reportSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  level: z.string(),
  quarter: z.string(),
  version: z.number().int(),
  versions: z.number().int(),
  status: z.enum(["draft", "submitted"]),
  generatedAt: z.string(),
  submittedAt: z.string().optional(),
  values,
});
export const reportListSchema = z.object({ quarter: z.string(), items: z.array(reportSummarySchema) });

export const reportViewSchema = reportSchema.omit({ counts: true, rows: true }).extend({
  figures: z.array(figureMetaSchema),
  values,
  rows: z.array(
    z.object({ unitId: z.string(), name: z.string(), level: z.string(), parentId: z.string().nullable(), values }),
  ),
});

export const figuresListSchema = z.object({ figures: z.array(figureMetaSchema.extend({ counted: z.string() })) });
