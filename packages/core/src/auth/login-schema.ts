import { z } from "zod";
import { meSchema, usernameSchema } from "../accounts/schema.ts";

export const loginRequestSchema = z.object({
  username: usernameSchema,
  password: z
    .string({ error: "请输入密码 / Enter a password" })
    .min(1, { error: "请输入密码 / Enter a password" })
    .max(256),
});

export const loginResponseSchema = z.object({
  token: z.string(),
  /** Epoch seconds at which the token stops being accepted. */
  expiresAt: z.number().int(),
  user: meSchema,
});
