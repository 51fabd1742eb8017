import { z } from "zod";
import { unitCodeSchema } from "../units/schema.ts";
import { calendarDaySchema } from "./calendar.ts";

export const opinionIdParamsSchema = z.object({
  id: z.string().regex(/^o[0-9a-f]{20}$/, { error: "意见编号无效 / Invalid opinion id" }),
});
export const trackingParamsSchema = z.object({
  code: z.string().min(1).max(40, { error: "查询码无效 / Invalid tracking code" }),
});
export const submittedSchema = z.object({
  id: z.string(),
  /** Unguessable: anyone holding it can follow and rate the opinion, so it is the submitter's key. */
  trackingCode: z.string(),
});
export const delegatesQuerySchema = z.object({ unit: unitCodeSchema });
export const publicDelegatesSchema = z.object({
  items: z.array(z.object({ id: z.string(), label: z.string(), unitId: z.string() })),
});
export const unitParamQuerySchema = z.object({ unit: unitCodeSchema.optional() });
export const calendarQuerySchema = z.object({
  unit: unitCodeSchema.optional(),
  year: z.coerce.number().int().min(2020).max(2100).optional(),
});
export const calendarAddSchema = calendarDaySchema.extend({ unit: unitCodeSchema.optional() });
export const calendarDateParamsSchema = z.object({
  date: z.iso.date({ error: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }),
});
export const deadlineRulesViewSchema = z.object({
  unitId: z.string(),
  /** The rules this unit set itself. */
  own: z.object({
    acceptDays: z.number().optional(),
    replyDays: z.number().optional(),
    replyDaysByCategory: z.record(z.string(), z.number()),
  }),
  /** What applies to the unit's opinions by default (its own rules, inherited ones, or 2/15). */
  effective: z.object({ acceptDays: z.number(), replyDays: z.number() }),
});
