import { z } from "zod";
import type { Db } from "../db/client.ts";
import { errors } from "../http/errors.ts";
import { listCategories } from "../opinions/categories.ts";
import { quarterSchema, quartersBetween } from "../time/quarter.ts";
import { type Unit, unitCodeSchema } from "../units/schema.ts";
import {
  type Counts,
  categoriesIn,
  countsOfCategory,
  emptyCounts,
  evaluate,
  FIGURES,
  isCategoryFigure,
} from "./figures.ts";
import { rollUp } from "./rollup.ts";

export const statsQuerySchema = z.object({
  unit: unitCodeSchema,
  from: quarterSchema,
  to: quarterSchema,
  by: z.enum(["unit", "quarter", "category"]).default("unit"),
});
export type StatsQuery = z.output<typeof statsQuerySchema>;

const valuesSchema = z.record(z.string(), z.number().nullable());
export const figureMetaSchema = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  kind: z.enum(["count", "rate", "mean"]),
});
export const statsSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.enum(["unit", "quarter", "category"]),
  figures: z.array(figureMetaSchema),
  total: valuesSchema,
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      level: z.string().optional(),
      hasChildren: z.boolean().optional(),
      values: valuesSchema,
    }),
  ),
});
export type Stats = z.infer<typeof statsSchema>;

const MAX_QUARTERS = 12;

export const figureMeta = () => FIGURES.map((f) => ({ id: f.id, zh: f.zh, en: f.en, kind: f.kind }));

/** One row per opinion category (configured ones first, then any older id still counted). */
async function categoryRows(db: Db, total: Counts) {
  const configured = await listCategories(db);
  const ids = [...new Set([...configured.map((c) => c.id), ...categoriesIn(total)])];
  return ids.map((id) => {
    const c = configured.find((x) => x.id === id);
    return { key: id, label: c ? c.zh : id, values: evaluate(countsOfCategory(total, id)) };
  });
}

/**
 * Figures of a unit's subtree over a period, as rows by direct child unit (drill-down), by
 * quarter (trend) or by opinion category. No row carries anything about a person.
 */
export async function statsOf(db: Db, unit: Unit, query: StatsQuery): Promise<Stats> {
  const quarters = quartersBetween(query.from, query.to);
  if (quarters.length === 0) {
    throw errors.validation({ to: { zh: "结束季度早于开始季度", en: "`to` is before `from`" } });
  }
  if (quarters.length > MAX_QUARTERS) {
    throw errors.validation({
      to: { zh: `一次最多查询 ${MAX_QUARTERS} 个季度`, en: `At most ${MAX_QUARTERS} quarters at once` },
    });
  }
  const { units, subtree, byQuarter } = await rollUp(db, unit, quarters);
  const childrenOf = (id: string) => units.filter((u) => u.parentId === id);
  const rows =
    query.by === "unit"
      ? childrenOf(unit.id).map((child) => ({
          key: child.id,
          label: child.name,
          level: child.level,
          hasChildren: childrenOf(child.id).length > 0,
          values: evaluate(subtree.get(child.id) ?? emptyCounts()),
        }))
      : query.by === "quarter"
        ? quarters.map((q) => ({ key: q, label: q, values: evaluate(byQuarter.get(q) ?? emptyCounts()) }))
        : await categoryRows(db, subtree.get(unit.id) ?? emptyCounts());
  return {
    unitId: unit.id,
    unitName: unit.name,
    from: query.from,
    to: query.to,
    by: query.by,
    // By category only the opinion figures that have a category breakdown mean anything.
    figures: query.by === "category" ? figureMeta().filter((f) => isCategoryFigure(f.id)) : figureMeta(),
    total: evaluate(subtree.get(unit.id) ?? emptyCounts()),
    rows,
  };
}
