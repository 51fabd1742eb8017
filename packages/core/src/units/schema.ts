import { z } from "zod";

export const UNIT_LEVELS = ["province", "city", "county", "town", "village", "enterprise", "university"] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);

export const UNIT_LEVEL_LABELS: Record<(typeof UNIT_LEVELS)[number], { zh: string; en: string }> = {
  province: { zh: "省", en: "Province" },
  city: { zh: "市州", en: "City" },
  county: { zh: "县市区", en: "County" },
  town: { zh: "乡镇街道", en: "Town" },
  village: { zh: "村社区", en: "Village" },
  enterprise: { zh: "企业", en: "Enterprise" },
  university: { zh: "高校", en: "University" },
};

/** GB/T 2260 codes are 6 digits; towns extend them to 9 (GB/T 10114), villages to 12. */
export const unitCodeSchema = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: "单位代码应为 6、9 或 12 位数字 / unit code must be 6, 9 or 12 digits" });

export const unitSchema = z.object({
  id: unitCodeSchema,
  name: z.string().min(1).max(100),
  level: unitLevelSchema,
  parentId: unitCodeSchema.nullable(),
  /** Codes from the root down to this unit, joined by "/": the subtree test is a prefix test. */
  path: z.string(),
  pilot: z.boolean(),
});
export type Unit = z.infer<typeof unitSchema>;

export interface UnitNode extends Unit {
  children: UnitNode[];
}

export const unitNodeSchema: z.ZodType<UnitNode> = unitSchema
  .extend({
    get children() {
      return z.array(unitNodeSchema);
    },
  })
  .meta({ id: "UnitNode" });

export const unitTreeSchema = z.object({ units: z.array(unitNodeSchema) });

/** A unit sees itself and its descendants. */
export function isWithin(unit: Pick<Unit, "path">, ancestorId: string): boolean {
  return unit.path.split("/").includes(ancestorId);
}

/** Builds the nested tree from a flat list sorted by path. */
export function buildTree(units: Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>();
  const roots: UnitNode[] = [];
  for (const unit of [...units].sort((a, b) => a.path.localeCompare(b.path))) {
    const node: UnitNode = { ...unit, children: [] };
    byId.set(unit.id, node);
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
