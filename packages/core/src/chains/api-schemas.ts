import { z } from "zod";
import { personSchema } from "../people/schema.ts";
import { quarterSchema } from "../time/quarter.ts";
import { unitCodeSchema } from "../units/schema.ts";
import { assignmentSchema, publicGroupSchema, tierSchema } from "./schema.ts";

export const cursorQuery = {
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
};

export const unitQuerySchema = z.object({ unit: unitCodeSchema.optional() });

export const personsQuerySchema = z.object({ unit: unitCodeSchema.optional(), ...cursorQuery });
export const personPageSchema = z.object({ items: z.array(personSchema), cursor: z.string().optional() });

export const importQuerySchema = z.object({ format: z.enum(["csv", "xlsx"]).optional() });
export const templateQuerySchema = z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") });

const localized = z.object({ zh: z.string(), en: z.string() });
export const importResultSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  assignments: z.object({ created: z.number().int(), ended: z.number().int(), unchanged: z.number().int() }),
});
export const importRowErrorSchema = z.object({ row: z.number().int(), fields: z.record(z.string(), localized) });

export const assignmentViewSchema = assignmentSchema.extend({
  personId: z.string().optional(),
  publicGroupId: z.string().optional(),
  person: personSchema.optional(),
  responsibleName: z.string().optional(),
  targetName: z.string().optional(),
});
export const assignmentListSchema = z.object({ items: z.array(assignmentViewSchema) });
export const assignResultSchema = z.object({
  created: z.number().int(),
  unchanged: z.number().int(),
  ended: z.number().int(),
});
export const gapsSchema = z.object({
  tiers: z.array(z.object({ tier: tierSchema, people: z.array(personSchema) })),
});

export const coverageQuerySchema = z.object({ unit: unitCodeSchema, quarter: quarterSchema });
export const coverageSchema = z.object({
  unitId: z.string(),
  quarter: z.string(),
  tiers: z.array(
    z.object({
      tier: tierSchema,
      assigned: z.number().int(),
      contacted: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
  notContactedTotal: z.number().int(),
  /** The first 500 of the worklist; absent for the province, which sees figures only. */
  notContacted: z
    .array(
      z.object({
        tier: tierSchema,
        unitId: z.string(),
        targetId: z.string(),
        targetName: z.string(),
        publicGroup: publicGroupSchema.optional(),
        responsible: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    )
    .optional(),
});
