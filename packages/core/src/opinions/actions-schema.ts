import { z } from "zod";
import { unitCodeSchema } from "../units/schema.ts";
import { freeText, plainLine } from "./fields.ts";
import { ratingSchema } from "./schema.ts";

export const reasonSchema = (label = { zh: "原因", en: "Reason" }) => plainLine(label, 500);

export const acceptBodySchema = z.object({ note: freeText({ zh: "备注", en: "Note" }, 500).optional() });
export const declineBodySchema = z.object({ reason: reasonSchema({ zh: "不予受理的原因", en: "Reason" }) });
export const mergeBodySchema = z.object({
  intoId: z.string({ error: "请选择并入的意见 / Choose the opinion to merge into" }).trim().min(1).max(40),
  note: freeText({ zh: "备注", en: "Note" }, 500).optional(),
});
export const assignBodySchema = z.object({
  handlerUnitId: unitCodeSchema,
  dueAt: z.iso.datetime({ offset: true, error: "期限应为 ISO-8601 时间 / dueAt must be an ISO-8601 time" }).optional(),
  note: freeText({ zh: "交办意见", en: "Instructions" }, 1000).optional(),
});
export const signBodySchema = z.object({}).default({});
export const replyBodySchema = z.object({
  publicText: freeText({ zh: "答复内容", en: "Reply" }, 4000),
  internalNote: freeText({ zh: "内部备注", en: "Internal note" }, 2000).optional(),
});
/** The handler asks (`workingDays`, `reason`); the office decides (`decision`). */
export const extendBodySchema = z.union([
  z.object({
    workingDays: z
      .number({ error: "延期天数应为数字 / workingDays must be a number" })
      .int()
      .min(1, { error: "至少 1 个工作日 / at least 1 working day" })
      .max(30, { error: "最多延期 30 个工作日 / at most 30 working days" }),
    reason: reasonSchema({ zh: "延期原因", en: "Reason" }),
  }),
  z.object({
    decision: z.enum(["approve", "refuse"], { error: "decision 应为 approve 或 refuse / decision: approve or refuse" }),
    reason: reasonSchema().optional(),
  }),
]);
export const returnBodySchema = z.object({ reason: reasonSchema({ zh: "退回原因", en: "Reason" }) });
export const ratingBodySchema = z.object({
  rating: ratingSchema,
  comment: plainLine({ zh: "评价意见", en: "Comment" }, 500).optional(),
});

export type AssignBody = z.output<typeof assignBodySchema>;
export type ReplyBody = z.output<typeof replyBodySchema>;
export type ExtendBody = z.output<typeof extendBodySchema>;
export type RatingBody = z.output<typeof ratingBodySchema>;
