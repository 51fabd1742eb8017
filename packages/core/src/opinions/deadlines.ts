import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import type { Unit } from "../units/schema.ts";
import { ttlCache } from "../util/ttl-cache.ts";

const days = (max: number) =>
  z
    .number({ error: "应为工作日天数 / must be a number of working days" })
    .int({ error: "应为整数 / must be a whole number" })
    .min(1, { error: "至少 1 个工作日 / at least 1 working day" })
    .max(max, { error: `不超过 ${max} 个工作日 / at most ${max} working days` });

export const deadlineRulesSchema = z.object({
  acceptDays: days(30).optional(),
  replyDays: days(90).optional(),
  /** Reply days per category, overriding replyDays. */
  replyDaysByCategory: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,30}$/), days(90)).default({}),
});
export type DeadlineRules = z.output<typeof deadlineRulesSchema>;

/** Accept within 2 working days, reply within 15, unless a unit on the path says otherwise. */
export const DEFAULT_DEADLINES = { acceptDays: 2, replyDays: 15 } as const;
/** A reply left unrated this many working days closes without a rating. */
export const RATING_WINDOW_DAYS = 10;

const cache = ttlCache<DeadlineRules | undefined>(60_000);

export function getDeadlineRules(db: Db, unitId: string): Promise<DeadlineRules | undefined> {
  return cache.get(`${db.tableName}|${unitId}`, async () => {
    const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.deadlineRules(unitId) }));
    const parsed = deadlineRulesSchema.safeParse(res.Item ?? undefined);
    return res.Item && parsed.success ? parsed.data : undefined;
  });
}

export async function putDeadlineRules(db: Db, unitId: string, rules: DeadlineRules, now = new Date()) {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.deadlineRules(unitId), type: "deadlineRules", unitId, ...rules, updatedAt: now.toISOString() },
    }),
  );
  cache.clear();
}

/** The working days that apply to a unit and category: the nearest unit on the path that sets them wins. */
export async function deadlinesFor(
  db: Db,
  unit: Pick<Unit, "path">,
  category: string,
): Promise<{ acceptDays: number; replyDays: number }> {
  const ids = unit.path.split("/").reverse();
  const rules = await Promise.all(ids.map((id) => getDeadlineRules(db, id)));
  const pick = (f: (r: DeadlineRules) => number | undefined) => rules.map((r) => (r ? f(r) : undefined)).find(Boolean);
  return {
    acceptDays: pick((r) => r.acceptDays) ?? DEFAULT_DEADLINES.acceptDays,
    replyDays: pick((r) => r.replyDaysByCategory[category] ?? r.replyDays) ?? DEFAULT_DEADLINES.replyDays,
  };
}

/** A unit's own rules and what applies to its opinions (for a category without its own rule). */
export async function deadlineRulesView(db: Db, unit: Pick<Unit, "id" | "path">) {
  const own = (await getDeadlineRules(db, unit.id)) ?? { replyDaysByCategory: {} };
  const effective = await deadlinesFor(db, unit, "");
  return { unitId: unit.id, own, effective };
}
