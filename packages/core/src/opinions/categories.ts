import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { errors } from "../http/errors.ts";
import { ttlCache } from "../util/ttl-cache.ts";
import { categoryIdSchema } from "./schema.ts";

export const categorySchema = z.object({
  id: categoryIdSchema,
  zh: z.string().trim().min(1).max(20),
  en: z.string().trim().min(1).max(40),
  /** Inactive categories stay on old opinions but are no longer offered. */
  active: z.boolean().default(true),
});
export type Category = z.output<typeof categorySchema>;
export const categoryListSchema = z.object({ items: z.array(categorySchema) });
export const categoryListInputSchema = z.object({
  items: z.array(categorySchema).min(1).max(50),
});

const c = (id: string, zh: string, en: string): Category => ({ id, zh, en, active: true });

/** The list a fresh platform starts with; the province edits it (PUT /categories). */
export const DEFAULT_CATEGORIES: Category[] = [
  c("livelihood", "民生保障", "Livelihoods and welfare"),
  c("employment", "就业创业", "Jobs and business"),
  c("education", "教育", "Education"),
  c("health", "医疗卫生", "Health care"),
  c("housing", "住房建设", "Housing and construction"),
  c("transport", "交通出行", "Transport"),
  c("environment", "生态环境", "Environment"),
  c("agriculture", "农业农村", "Agriculture and rural affairs"),
  c("governance", "基层治理", "Local governance"),
  c("party", "党的建设", "Party building"),
  c("other", "其他", "Other"),
];

const cache = ttlCache<Category[]>(60_000);

export function listCategories(db: Db): Promise<Category[]> {
  return cache.get(db.tableName, async () => {
    const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.categories() }));
    const parsed = categoryListSchema.safeParse(res.Item);
    return parsed.success ? parsed.data.items : DEFAULT_CATEGORIES;
  });
}

/** Replaces the list; a category already in use can be deactivated, never removed. */
export async function saveCategories(db: Db, items: Category[], now = new Date()): Promise<Category[]> {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) {
      throw errors.validation({ items: { zh: `类别代码 ${item.id} 重复`, en: `Category id ${item.id} is repeated` } });
    }
    ids.add(item.id);
  }
  const missing = (await listCategories(db)).filter((old) => !ids.has(old.id));
  if (missing.length > 0) {
    throw errors.validation({
      items: {
        zh: `类别不能删除,只能停用:${missing.map((m) => m.zh).join("、")}`,
        en: `Categories cannot be removed, only deactivated: ${missing.map((m) => m.id).join(", ")}`,
      },
    });
  }
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.categories(), type: "categories", items, updatedAt: now.toISOString() },
    }),
  );
  cache.clear();
  return items;
}

/** The active category, or a 400 naming the field. */
export async function requireCategory(db: Db, id: string, field = "category"): Promise<Category> {
  const found = (await listCategories(db)).find((cat) => cat.id === id && cat.active);
  if (!found) throw errors.validation({ [field]: { zh: "类别不存在或已停用", en: "Unknown or inactive category" } });
  return found;
}
