import { z } from "zod";
import { hasControlCharacters } from "../http/text.ts";

export const CHANNELS = ["visit", "talk", "phone", "meeting", "online"] as const;
export const channelSchema = z.enum(CHANNELS);

export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], { zh: string; en: string }> = {
  visit: { zh: "走访", en: "Visit" },
  talk: { zh: "座谈", en: "Talk" },
  phone: { zh: "电话", en: "Phone" },
  meeting: { zh: "会议", en: "Meeting" },
  online: { zh: "网络", en: "Online" },
};

/** Plain text: control characters other than line breaks are refused. */
const text = (max: number, label: { zh: string; en: string }) =>
  z
    .string()
    .trim()
    .min(1, { error: `请填写${label.zh} / ${label.en} is required` })
    .max(max, { error: `${label.zh}不超过 ${max} 字 / ${label.en}: at most ${max} characters` })
    .refine((s) => !hasControlCharacters(s), {
      error: `${label.zh}含有不可见的控制字符 / ${label.en} contains control characters`,
    });

/**
 * An opinion raised during a contact. The Opinions pipeline turns each one into an opinion record
 * with source {type:"contact", contactId, index} and writes its id back here as `opinionId`.
 */
export const raisedOpinionInputSchema = z.object({
  title: text(100, { zh: "意见标题", en: "Opinion title" }),
  content: text(2000, { zh: "意见内容", en: "Opinion content" }),
  /** An opinion category id (GET /categories); unknown or missing → "other". */
  category: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,30}$/, { error: "类别代码无效 / Unknown category" })
    .optional(),
});

export const contactInputSchema = z
  .object({
    personIds: z.array(z.string().min(1).max(40)).max(50, { error: "一次最多 50 人 / At most 50 people" }).default([]),
    publicGroupIds: z.array(z.string().min(1).max(40)).max(20).default([]),
    channel: channelSchema,
    occurredAt: z.iso.datetime({ offset: true, error: "时间格式应为 ISO-8601 / Time must be ISO-8601" }),
    place: text(100, { zh: "地点", en: "Place" }).optional(),
    topic: text(100, { zh: "主题", en: "Topic" }),
    summary: text(2000, { zh: "内容摘要", en: "Summary" }),
    opinions: z.array(raisedOpinionInputSchema).max(10).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.personIds.length + c.publicGroupIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["personIds"], message: "请选择联系对象 / Choose whom you contacted" });
    }
  });
export type ContactInput = z.output<typeof contactInputSchema>;

export const contactPatchSchema = z.object({
  channel: channelSchema.optional(),
  occurredAt: z.iso.datetime({ offset: true, error: "时间格式应为 ISO-8601 / Time must be ISO-8601" }).optional(),
  place: text(100, { zh: "地点", en: "Place" }).optional(),
  topic: text(100, { zh: "主题", en: "Topic" }).optional(),
  summary: text(2000, { zh: "内容摘要", en: "Summary" }).optional(),
  /** Required when the office corrects someone else's record. */
  reason: text(200, { zh: "更正原因", en: "Reason" }).optional(),
});

export const contactTargetSchema = z.object({
  tier: z.string(),
  targetId: z.string(),
  unitId: z.string(),
  /** Shown to whoever may read the contact; masked by the reader's scope. */
  name: z.string(),
});

export const contactSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  unitId: z.string(),
  quarter: z.string(),
  targets: z.array(contactTargetSchema),
  channel: channelSchema,
  occurredAt: z.string(),
  place: z.string().optional(),
  topic: z.string(),
  summary: z.string(),
  opinions: z.array(raisedOpinionInputSchema.extend({ index: z.number().int(), opinionId: z.string().optional() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contactSchema>;
