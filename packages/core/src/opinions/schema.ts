import { z } from "zod";
import { roleSchema } from "../auth/roles.ts";
import { memberNoSchema } from "../people/schema.ts";
import { unitCodeSchema } from "../units/schema.ts";
import { contactPhoneSchema, freeText, personNameSchema, plainLine } from "./fields.ts";

export const OPINION_STATUSES = [
  "submitted",
  "accepted",
  "declined",
  "merged",
  "assigned",
  "signed",
  "replied",
  "redo",
  "closed",
] as const;
export const opinionStatusSchema = z.enum(OPINION_STATUSES);
export type OpinionStatus = z.infer<typeof opinionStatusSchema>;

export const OPINION_STATUS_LABELS: Record<OpinionStatus, { zh: string; en: string }> = {
  submitted: { zh: "已提交", en: "Submitted" },
  accepted: { zh: "已受理", en: "Accepted" },
  declined: { zh: "不予受理", en: "Declined" },
  merged: { zh: "已并案", en: "Merged" },
  assigned: { zh: "已交办", en: "Assigned" },
  signed: { zh: "已签收", en: "Signed for" },
  replied: { zh: "已答复", en: "Replied" },
  redo: { zh: "退回重办", en: "Sent back for redo" },
  closed: { zh: "已办结", en: "Closed" },
};

/** Statuses with nothing left to do. */
export const FINAL_STATUSES: readonly OpinionStatus[] = ["declined", "merged", "closed"];

export const SOURCES = ["public", "member", "contact", "activity"] as const;
export const sourceTypeSchema = z.enum(SOURCES);
export type SourceType = z.infer<typeof sourceTypeSchema>;

export const opinionSourceSchema = z.object({
  type: sourceTypeSchema,
  contactId: z.string().optional(),
  activityId: z.string().optional(),
  index: z.number().int().optional(),
});
export type OpinionSource = z.infer<typeof opinionSourceSchema>;

export const RATINGS = ["satisfied", "basic", "unsatisfied"] as const;
export const ratingSchema = z.enum(RATINGS, {
  error: "评价应为 satisfied、basic 或 unsatisfied / rating must be satisfied, basic or unsatisfied",
});
export type Rating = z.infer<typeof ratingSchema>;
export const RATING_LABELS: Record<Rating, { zh: string; en: string }> = {
  satisfied: { zh: "满意", en: "Satisfied" },
  basic: { zh: "基本满意", en: "Basically satisfied" },
  unsatisfied: { zh: "不满意", en: "Unsatisfied" },
};

export const categoryIdSchema = z
  .string({ error: "请选择类别 / Choose a category" })
  .regex(/^[a-z][a-z0-9-]{0,30}$/, { error: "类别代码无效 / Unknown category" });

/** The honeypot: a field people never see and bots fill in. */
export const HONEYPOT_FIELD = "website";

/** The public form (POST /opinions). */
export const opinionSubmitSchema = z
  .object({
    unitId: unitCodeSchema,
    category: categoryIdSchema,
    title: plainLine({ zh: "标题", en: "Title" }, 100),
    content: freeText({ zh: "内容", en: "Content" }, 2000),
    delegateId: z.string().trim().min(1).max(40).optional(),
    name: personNameSchema.optional(),
    phone: contactPhoneSchema.optional(),
    consent: z.boolean({ error: "consent 应为 true 或 false / consent must be true or false" }).default(false),
    isMember: z.boolean({ error: "isMember 应为 true 或 false / isMember must be true or false" }).default(false),
    memberNo: memberNoSchema.optional(),
    [HONEYPOT_FIELD]: z.string().max(500).optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.name || o.phone || o.memberNo) && !o.consent) {
      ctx.addIssue({
        code: "custom",
        path: ["consent"],
        message:
          "留下姓名、电话或党员编号时请勾选同意 / Tick the consent box when you leave a name, phone or member number",
      });
    }
  });
export type OpinionSubmit = z.output<typeof opinionSubmitSchema>;

/** One step of an opinion's life; entries are appended, never changed. */
export const historyEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  status: opinionStatusSchema,
  actor: z.object({
    kind: z.union([roleSchema, z.enum(["public", "system"])]),
    name: z.string().optional(),
    unitId: z.string().optional(),
  }),
  /** Text the submitter sees: a reply, a decline reason. */
  publicText: z.string().optional(),
  /** Staff only. */
  internalNote: z.string().optional(),
  reason: z.string().optional(),
  handlerUnitId: z.string().optional(),
  dueAt: z.string().optional(),
  rating: ratingSchema.optional(),
  comment: z.string().optional(),
  workingDays: z.number().int().optional(),
  targetId: z.string().optional(),
  /** Marks the step with the request that made it (hash of caller and Idempotency-Key); never shown. */
  requestMark: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const extensionSchema = z.object({
  state: z.enum(["pending", "approved", "refused"]),
  workingDays: z.number().int(),
  reason: z.string(),
  requestedAt: z.string(),
  decidedAt: z.string().optional(),
});

export const opinionSchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  unitId: z.string(),
  /** The county (or higher unit) whose office triages it. */
  triageUnitId: z.string(),
  unitPath: z.string(),
  category: z.string(),
  title: z.string(),
  content: z.string(),
  source: opinionSourceSchema,
  /** Who raised it at a contact or an activity (staff only). */
  raisedBy: z.object({ personId: z.string().optional(), name: z.string(), unitId: z.string() }).optional(),
  delegateId: z.string().optional(),
  /** The submitter left a name, phone or member number (kept in a separate item). */
  hasContact: z.boolean(),
  isMember: z.boolean(),
  status: opinionStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  acceptDueAt: z.string(),
  acceptedAt: z.string().optional(),
  handlerUnitId: z.string().optional(),
  assignedAt: z.string().optional(),
  signedAt: z.string().optional(),
  /** Accepted (or returned) and not yet assigned: the office assigns it by then. */
  assignDueAt: z.string().optional(),
  replyDueAt: z.string().optional(),
  firstRepliedAt: z.string().optional(),
  lastRepliedAt: z.string().optional(),
  replyWorkdays: z.number().int().optional(),
  ratingDueAt: z.string().optional(),
  redoCount: z.number().int(),
  rating: ratingSchema.optional(),
  closedAt: z.string().optional(),
  closedOnTime: z.boolean().optional(),
  extension: extensionSchema.optional(),
  mergedInto: z.string().optional(),
  history: z.array(historyEntrySchema),
});
export type Opinion = z.infer<typeof opinionSchema>;

/** Personal data of the submitter, kept apart from the opinion and never read by public routes. */
export const submitterSchema = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  memberNo: z.string().optional(),
  consentAt: z.string(),
});
export type Submitter = z.infer<typeof submitterSchema>;
