import { z } from "zod";
import { hasControlCharacters } from "../http/text.ts";
import { chainRoleSchema } from "../people/schema.ts";
import { unitCodeSchema } from "../units/schema.ts";

export const ACTIVITY_TYPES = ["talk", "visit", "research", "volunteer", "forum", "other"] as const;
export const activityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, { zh: string; en: string }> = {
  talk: { zh: "宣讲", en: "Talk" },
  visit: { zh: "走访", en: "Visit" },
  research: { zh: "调研", en: "Research" },
  volunteer: { zh: "志愿服务", en: "Volunteering" },
  forum: { zh: "座谈", en: "Forum" },
  other: { zh: "其他", en: "Other" },
};

export const ACTIVITY_STATUSES = ["draft", "published", "closed"] as const;
export const activityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

/** Plain text: control characters other than line breaks are refused. */
export const plainText = (max: number, label: { zh: string; en: string }) =>
  z
    .string()
    .trim()
    .min(1, { error: `请填写${label.zh} / ${label.en} is required` })
    .max(max, { error: `${label.zh}不超过 ${max} 字 / ${label.en}: at most ${max} characters` })
    .refine((s) => !hasControlCharacters(s), {
      error: `${label.zh}含有不可见的控制字符 / ${label.en} contains control characters`,
    });

const instant = (label: { zh: string; en: string }) =>
  z.iso.datetime({ offset: true, error: `${label.zh}应为 ISO-8601 时间 / ${label.en} must be an ISO-8601 time` });

export const activityInputSchema = z
  .object({
    theme: plainText(100, { zh: "活动主题", en: "Theme" }),
    description: plainText(4000, { zh: "活动说明", en: "Description" }),
    type: activityTypeSchema,
    startsAt: instant({ zh: "开始时间", en: "Start" }),
    endsAt: instant({ zh: "结束时间", en: "End" }),
    targetUnitIds: z
      .array(unitCodeSchema)
      .min(1, { error: "请选择参加单位 / Choose at least one target unit" })
      .max(200, { error: "参加单位最多 200 个 / At most 200 target units" }),
    targetRoles: z
      .array(chainRoleSchema)
      .min(1, { error: "请选择参加人员身份 / Choose at least one role" })
      .default(["committee", "delegate", "member"]),
    capacity: z.number().int().min(1).max(100_000).optional(),
    signupDeadline: instant({ zh: "报名截止时间", en: "Sign-up deadline" }).optional(),
  })
  .superRefine((a, ctx) => {
    if (Date.parse(a.endsAt) <= Date.parse(a.startsAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "结束时间应晚于开始时间 / The end must be after the start",
      });
    }
    if (a.signupDeadline && Date.parse(a.signupDeadline) > Date.parse(a.endsAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["signupDeadline"],
        message: "报名截止时间不能晚于活动结束 / The sign-up deadline cannot be after the activity ends",
      });
    }
  });
export type ActivityInput = z.output<typeof activityInputSchema>;

export const activitySchema = z.object({
  id: z.string(),
  theme: z.string(),
  description: z.string(),
  type: activityTypeSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  targetUnitIds: z.array(z.string()),
  targetRoles: z.array(chainRoleSchema),
  capacity: z.number().int().optional(),
  signupDeadline: z.string().optional(),
  status: activityStatusSchema,
  /** The unit whose office created it. */
  unitId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().optional(),
  closedAt: z.string().optional(),
  signupCount: z.number().int(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activitySessionInputSchema = z
  .object({
    startsAt: instant({ zh: "开始时间", en: "Start" }),
    endsAt: instant({ zh: "结束时间", en: "End" }),
    place: plainText(100, { zh: "地点", en: "Place" }),
    /** The unit holding the session: the caller's own by default, or one below it. */
    unitId: unitCodeSchema.optional(),
    /** Who runs it on the day; the caller's name by default. */
    organiser: plainText(50, { zh: "组织人", en: "Organiser" }).optional(),
  })
  .superRefine((s, ctx) => {
    if (Date.parse(s.endsAt) <= Date.parse(s.startsAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "结束时间应晚于开始时间 / The end must be after the start",
      });
    }
  });
export type ActivitySessionInput = z.output<typeof activitySessionInputSchema>;

export const activitySessionSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  unitId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  organiser: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  quarter: z.string(),
  /** Shown only to the session's organisers. */
  checkinCode: z.string().optional(),
  attended: z.number().int(),
  hasOutcome: z.boolean(),
});
export type ActivitySession = z.infer<typeof activitySessionSchema>;

export const signupSchema = z.object({
  activityId: z.string(),
  personId: z.string(),
  name: z.string(),
  unitId: z.string(),
  /** "self" when the person signed up, "office" when the office enrolled them, "checkin" at the door. */
  via: z.enum(["self", "office", "checkin"]),
  at: z.string(),
});
export type Signup = z.infer<typeof signupSchema>;

export const checkinSchema = z.object({
  sessionId: z.string(),
  activityId: z.string(),
  personId: z.string(),
  name: z.string(),
  unitId: z.string(),
  /** "code" when the person checked in with the session code, "organiser" when marked present. */
  via: z.enum(["code", "organiser"]),
  at: z.string(),
});
export type Checkin = z.infer<typeof checkinSchema>;

export const outcomeOpinionInputSchema = z.object({
  title: plainText(100, { zh: "意见标题", en: "Opinion title" }),
  content: plainText(2000, { zh: "意见内容", en: "Opinion content" }),
  category: z.string().trim().min(1).max(40).optional(),
});

export const outcomeInputSchema = z.object({
  sessionId: z.string().regex(/^s[0-9a-f]{20}$/, { error: "场次编号无效 / Invalid session id" }),
  summary: plainText(4000, { zh: "活动成果", en: "Summary" }),
  publicReached: z
    .number()
    .int({ error: "覆盖群众人数应为整数 / People reached must be a whole number" })
    .min(0)
    .max(1_000_000),
  photoIds: z
    .array(z.string().regex(/^f[0-9a-f]{20}$/, { error: "照片编号无效 / Invalid photo id" }))
    .max(9, { error: "每个场次最多 9 张照片 / At most 9 photos per session" })
    .default([]),
  opinions: z
    .array(outcomeOpinionInputSchema)
    .max(20, { error: "每个场次最多 20 条意见 / At most 20 opinions per session" })
    .default([]),
});
export type OutcomeInput = z.output<typeof outcomeInputSchema>;

export const outcomeOpinionSchema = outcomeOpinionInputSchema.extend({
  /** Unique within the activity: the opinion's source is {activityId, index}. */
  index: z.number().int(),
  opinionId: z.string().optional(),
  trackingCode: z.string().optional(),
});

export const outcomeSchema = z.object({
  activityId: z.string(),
  sessionId: z.string(),
  unitId: z.string(),
  summary: z.string(),
  publicReached: z.number().int(),
  photoIds: z.array(z.string()),
  opinions: z.array(outcomeOpinionSchema),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type Outcome = z.infer<typeof outcomeSchema>;
