import { z } from "zod";
import type { ChainRole } from "../people/schema.ts";

/** The three links of the contact chain: committee → delegate → member → the public. */
export const TIERS = ["committee-delegate", "delegate-member", "member-public"] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const TIER_LABELS: Record<Tier, { zh: string; en: string }> = {
  "committee-delegate": { zh: "党委委员联系党代表", en: "Committee members → delegates" },
  "delegate-member": { zh: "党代表联系党员", en: "Delegates → members" },
  "member-public": { zh: "党员联系群众", en: "Members → the public" },
};

/** Who is responsible in a tier, and who is contacted. */
export const TIER_ROLES: Record<Tier, { responsible: ChainRole; target: ChainRole | "public" }> = {
  "committee-delegate": { responsible: "committee", target: "delegate" },
  "delegate-member": { responsible: "delegate", target: "member" },
  "member-public": { responsible: "member", target: "public" },
};

/** The tier in which a person is contacted: a delegate by a committee member, a member by a delegate. */
export function targetTierOf(roles: readonly ChainRole[]): Tier | undefined {
  if (roles.includes("delegate")) return "committee-delegate";
  if (roles.includes("member")) return "delegate-member";
  return undefined;
}

export const publicGroupSchema = z.object({
  description: z
    .string()
    .trim()
    .min(2, { error: "请描述联系的群众 / Describe the group of the public" })
    .max(100, { error: "不超过 100 字 / At most 100 characters" }),
  size: z.number().int().min(1).max(100_000),
});

export const assignmentSchema = z.object({
  tier: tierSchema,
  responsibleId: z.string(),
  /** A person id, or a public group id (g…) in the member → public tier. */
  targetId: z.string(),
  publicGroup: publicGroupSchema.optional(),
  /** The contacted side's unit: coverage of a unit counts these edges. */
  unitId: z.string(),
  /** First and last day (YYYY-MM-DD, Shanghai) the edge holds; an open edge has no `until`. */
  since: z.string(),
  until: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

const isoDate = z.iso.date({ error: "日期格式应为 YYYY-MM-DD / Date must be YYYY-MM-DD" });

export const assignmentInputSchema = z
  .object({
    tier: tierSchema,
    responsibleId: z.string().min(1),
    targetIds: z.array(z.string().min(1)).max(500).optional(),
    publicGroups: z.array(publicGroupSchema).max(50).optional(),
    since: isoDate.optional(),
  })
  .superRefine((a, ctx) => {
    const wantsGroups = a.tier === "member-public";
    if (wantsGroups && !a.publicGroups?.length) {
      ctx.addIssue({
        code: "custom",
        path: ["publicGroups"],
        message: "请填写联系的群众 / Add at least one public group",
      });
    }
    if (!wantsGroups && !a.targetIds?.length) {
      ctx.addIssue({ code: "custom", path: ["targetIds"], message: "请选择联系对象 / Choose at least one person" });
    }
  });
export type AssignmentInput = z.output<typeof assignmentInputSchema>;
