import { z } from "zod";

/** Account roles. In AWS they are Cognito groups of the same names. */
export const ROLES = ["province", "office", "committee", "delegate", "member", "handler"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Staff roles see personal data of their own unit subtree; the province sees figures only. */
export const STAFF_ROLES = ["office", "handler"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  province: { zh: "省委组织部", en: "Provincial department" },
  office: { zh: "代表联络办公室", en: "Liaison office" },
  committee: { zh: "党委委员", en: "Committee member" },
  delegate: { zh: "党代表", en: "Delegate" },
  member: { zh: "党员", en: "Party member" },
  handler: { zh: "承办单位", en: "Handling department" },
};
