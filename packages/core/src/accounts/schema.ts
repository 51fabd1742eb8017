import { z } from "zod";
import { roleSchema } from "../auth/roles.ts";
import { unitCodeSchema } from "../units/schema.ts";

export const usernameSchema = z
  .string()
  .trim()
  .min(1, { error: "请输入用户名 / Enter a username" })
  .max(64)
  .regex(/^[A-Za-z0-9._@-]+$/, { error: "用户名只能包含字母、数字和 . _ @ - / Letters, digits and . _ @ - only" });

export const accountSchema = z.object({
  id: z.string(),
  username: usernameSchema,
  name: z.string().min(1).max(50),
  roles: z.array(roleSchema).min(1),
  unitId: unitCodeSchema,
  personId: z.string().optional(),
});
export type Account = z.infer<typeof accountSchema>;

/** What `GET /me` and the login answer show of an account. */
export const meSchema = accountSchema.pick({ id: true, name: true, roles: true, unitId: true, personId: true }).extend({
  username: usernameSchema,
});
export type Me = z.infer<typeof meSchema>;
