import { z } from "zod";
import { quarterSchema } from "../time/quarter.ts";
import { unitCodeSchema } from "../units/schema.ts";
import { activitySchema, activitySessionSchema, outcomeSchema, signupSchema } from "./schema.ts";

const isoDate = z.iso.date({ error: "日期格式应为 YYYY-MM-DD / Date must be YYYY-MM-DD" });

export const activityIdParamsSchema = z.object({
  id: z.string().regex(/^a[0-9a-f]{20}$/, { error: "活动编号无效 / Invalid activity id" }),
});
export const sessionIdParamsSchema = z.object({
  id: z.string().regex(/^s[0-9a-f]{20}$/, { error: "场次编号无效 / Invalid session id" }),
});
export const personIdParamsSchema = z.object({
  id: z.string().regex(/^p[0-9a-f]{20}$/, { error: "人员编号无效 / Invalid person id" }),
});

/** The office's own unit's activities (or a unit in its scope) plus those meant for it. */
export const activitiesQuerySchema = z.object({ unit: unitCodeSchema.optional() });

export const activityViewSchema = activitySchema.extend({
  /** The caller's office created it (or a unit below created it). */
  canManage: z.boolean(),
  /** The caller's office may add a session (its unit is a target, the activity is published). */
  canAddSession: z.boolean(),
  /** The caller is in the activity's audience. */
  forMe: z.boolean(),
  mySignup: signupSchema.pick({ via: true, at: true }).optional(),
});
export type ActivityView = z.infer<typeof activityViewSchema>;
export const activityListSchema = z.object({ items: z.array(activityViewSchema) });

export const sessionViewSchema = activitySessionSchema.extend({
  unitName: z.string(),
  /** The caller organises it: it sees the check-in code and may mark attendance. */
  canOrganise: z.boolean(),
  /** The caller has checked in to it. */
  checkedIn: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const photoViewSchema = z.object({ id: z.string(), url: z.string() });
export const outcomeViewSchema = outcomeSchema.extend({ photos: z.array(photoViewSchema) });
export type OutcomeView = z.infer<typeof outcomeViewSchema>;

export const activityDetailSchema = activityViewSchema.extend({
  sessions: z.array(sessionViewSchema),
  outcomes: z.array(outcomeViewSchema),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

export const createdActivitySchema = z.object({ id: z.string() });
export const createdSessionSchema = z.object({ id: z.string(), checkinCode: z.string() });

export const signupInputSchema = z.object({
  /** The office enrols people; a participant sends none (or only their own id). */
  personIds: z
    .array(z.string().regex(/^p[0-9a-f]{20}$/))
    .max(200, { error: "一次最多 200 人 / At most 200 people" })
    .optional(),
});
export const signupResultSchema = z.object({ signedUp: z.array(z.string()), already: z.array(z.string()) });

export const checkinInputSchema = z
  .object({
    code: z.string().trim().max(20).optional(),
    /** Someone else, marked present by the organiser (no code needed). */
    personId: z
      .string()
      .regex(/^p[0-9a-f]{20}$/, { error: "人员编号无效 / Invalid person id" })
      .optional(),
  })
  .refine((c) => c.code || c.personId, {
    path: ["code"],
    error: "请输入签到码 / Enter the check-in code",
  });
export const checkinResultSchema = z.object({
  sessionId: z.string(),
  activityId: z.string(),
  personId: z.string(),
  via: z.enum(["code", "organiser"]),
  at: z.string(),
  /** False when this person had already checked in (the first check-in is kept). */
  created: z.boolean(),
});

export const photoUploadInputSchema = z.object({
  sessionId: z.string().regex(/^s[0-9a-f]{20}$/, { error: "场次编号无效 / Invalid session id" }),
  contentType: z.string().trim().toLowerCase(),
  size: z.number().int().min(1, { error: "照片是空文件 / The photo is empty" }),
});
export const photoUploadSchema = z.object({
  photoId: z.string(),
  /** PUT the bytes here, with exactly these headers, before `expiresAt`. */
  uploadUrl: z.string(),
  method: z.literal("PUT"),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
  maxBytes: z.number().int(),
});

export const outcomeResultSchema = outcomeViewSchema;

export const participationRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  sessions: z.number().int(),
  held: z.number().int(),
  signups: z.number().int(),
  checkins: z.number().int(),
  publicReached: z.number().int(),
  opinions: z.number().int(),
  photos: z.number().int(),
});
export const participationSchema = z.object({
  activityId: z.string(),
  rows: z.array(participationRowSchema),
  total: participationRowSchema.omit({ unitId: true, unitName: true }),
  people: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      unitId: z.string(),
      via: z.enum(["self", "office", "checkin"]),
      attended: z.number().int(),
      /** The sessions this person checked in to (the organiser's attendance list). */
      sessionIds: z.array(z.string()),
    }),
  ),
});
export type Participation = z.infer<typeof participationSchema>;

export const recordQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const recordActivitySchema = z.object({
  activityId: z.string(),
  theme: z.string(),
  type: activitySchema.shape.type,
  startsAt: z.string(),
  endsAt: z.string(),
  signedUpAt: z.string().optional(),
  sessions: z.array(z.object({ sessionId: z.string(), place: z.string(), startsAt: z.string(), at: z.string() })),
});
export const dutyRecordSchema = z.object({
  personId: z.string(),
  name: z.string(),
  unitId: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({ contacts: z.number().int(), activities: z.number().int(), sessionsAttended: z.number().int() }),
  contacts: z.array(
    z.object({
      id: z.string(),
      occurredAt: z.string(),
      channel: z.string(),
      topic: z.string(),
      targets: z.number().int(),
      quarter: quarterSchema,
    }),
  ),
  activities: z.array(recordActivitySchema),
});
export type DutyRecord = z.infer<typeof dutyRecordSchema>;
