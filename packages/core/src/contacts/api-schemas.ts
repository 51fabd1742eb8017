import { z } from "zod";
import { cursorQuery } from "../chains/api-schemas.ts";
import { quarterSchema } from "../time/quarter.ts";
import { unitCodeSchema } from "../units/schema.ts";
import { contactSchema } from "./schema.ts";

const isoDate = z.iso.date({ error: "日期格式应为 YYYY-MM-DD / Date must be YYYY-MM-DD" });

/** Own ledger by period (from/to, Shanghai dates), or a unit's contacts by quarter for the office. */
export const contactsQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unit: unitCodeSchema.optional(),
  quarter: quarterSchema.optional(),
  ...cursorQuery,
});
export const ledgerExportQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const contactPageSchema = z.object({ items: z.array(contactSchema), cursor: z.string().optional() });
export const createdSchema = z.object({ id: z.string() });
export const contactIdParamsSchema = z.object({ id: z.string().regex(/^c[0-9a-f]{20}$/) });
