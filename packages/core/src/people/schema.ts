import { z } from "zod";
import { unitCodeSchema } from "../units/schema.ts";

/** Roles a person holds in the contact chain (one person may hold several). */
export const CHAIN_ROLES = ["committee", "delegate", "member"] as const;
export const chainRoleSchema = z.enum(CHAIN_ROLES);
export type ChainRole = z.infer<typeof chainRoleSchema>;

export const PERSON_STATUSES = ["active", "suspended", "terminated"] as const;
export const personStatusSchema = z.enum(PERSON_STATUSES);

export const CHAIN_ROLE_LABELS: Record<ChainRole, { zh: string; en: string }> = {
  committee: { zh: "党委委员", en: "Committee member" },
  delegate: { zh: "党代表", en: "Delegate" },
  member: { zh: "党员", en: "Party member" },
};

export const STATUS_LABELS: Record<(typeof PERSON_STATUSES)[number], { zh: string; en: string }> = {
  active: { zh: "在任", en: "Active" },
  suspended: { zh: "暂停履职", en: "Suspended" },
  terminated: { zh: "终止资格", en: "Terminated" },
};

const isoDate = z.iso.date({ error: "日期格式应为 YYYY-MM-DD / Date must be YYYY-MM-DD" });

export const memberNoSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{4,32}$/, { error: "党员编号应为 4–32 位字母或数字 / Member number: 4–32 letters or digits" });

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { error: "手机号码应为 11 位数字 / Phone must be an 11-digit mobile number" });

export const personInputSchema = z
  .object({
    memberNo: memberNoSchema,
    name: z
      .string()
      .trim()
      .min(1, { error: "请填写姓名 / Name is required" })
      .max(30, { error: "姓名不超过 30 字 / Name: at most 30 characters" })
      .regex(/^[\p{Script=Han}A-Za-z·. ]+$/u, {
        error: "姓名只能包含汉字、字母和 · / Name: Han characters, letters and · only",
      }),
    unitId: unitCodeSchema,
    roles: z.array(chainRoleSchema).min(1, { error: "至少一个身份 / At least one role" }),
    group: z.string().trim().max(50).optional(),
    termStart: isoDate.optional(),
    termEnd: isoDate.optional(),
    status: personStatusSchema.default("active"),
    statusReason: z.string().trim().max(200).optional(),
    statusDate: isoDate.optional(),
    phone: phoneSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.termStart && p.termEnd && p.termEnd < p.termStart) {
      ctx.addIssue({
        code: "custom",
        path: ["termEnd"],
        message: "任期届满日期早于开始日期 / Term ends before it starts",
      });
    }
    if (p.status !== "active" && !p.statusReason) {
      ctx.addIssue({
        code: "custom",
        path: ["statusReason"],
        message: "暂停或终止须注明原因 / A suspension or termination needs a reason",
      });
    }
  });
export type PersonInput = z.output<typeof personInputSchema>;

export const personSchema = z.object({
  id: z.string(),
  memberNo: z.string(),
  name: z.string(),
  unitId: z.string(),
  roles: z.array(chainRoleSchema),
  group: z.string().optional(),
  termStart: z.string().optional(),
  termEnd: z.string().optional(),
  status: personStatusSchema,
  statusReason: z.string().optional(),
  statusDate: z.string().optional(),
  /** Full only for staff of the person's own unit; masked (138****0000) everywhere else. */
  phone: z.string().optional(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;
