import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryAll } from "../db/query.ts";
import { type CalendarDay, NATIONAL_CALENDAR } from "../time/holidays-cn.ts";
import { type Calendar, calendarOf } from "../time/workdays.ts";
import type { Unit } from "../units/schema.ts";
import { ttlCache } from "../util/ttl-cache.ts";

export const calendarDaySchema = z.object({
  date: z.iso.date({ error: "日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD" }),
  kind: z.enum(["holiday", "workday"], { error: "kind 应为 holiday 或 workday / kind must be holiday or workday" }),
  name: z.string().trim().min(1, { error: "请填写名称 / name is required" }).max(40),
});
export const calendarEntrySchema = calendarDaySchema.extend({
  /** Where the day comes from: "national", or the unit that added it. */
  source: z.string(),
});
export const calendarListSchema = z.object({ items: z.array(calendarEntrySchema) });

const cache = ttlCache<CalendarDay[]>(60_000);

/** Days a unit added itself (its own list only). */
export function unitDays(db: Db, unitId: string): Promise<CalendarDay[]> {
  return cache.get(`${db.tableName}|${unitId}`, async () => {
    const { items } = await queryAll(db, {
      TableName: db.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.calendarDay(unitId, "").pk },
    });
    return items.map((i) => ({ date: String(i.sk), kind: i.kind as CalendarDay["kind"], name: String(i.name) }));
  });
}

/** The calendar a unit works by: the national one, then each unit on its path from the top down. */
export async function calendarFor(db: Db, unit: Pick<Unit, "path">): Promise<Calendar> {
  const own = await Promise.all(unit.path.split("/").map((id) => unitDays(db, id)));
  return calendarOf(NATIONAL_CALENDAR, ...own);
}

/** The days listed for a unit in one year, with where each comes from. */
export async function calendarEntries(db: Db, unit: Pick<Unit, "path">, year: number) {
  const ids = unit.path.split("/");
  const byDate = new Map<string, z.infer<typeof calendarEntrySchema>>();
  for (const d of NATIONAL_CALENDAR) byDate.set(d.date, { ...d, source: "national" });
  const lists = await Promise.all(ids.map((id) => unitDays(db, id)));
  lists.forEach((list, i) => {
    for (const d of list) byDate.set(d.date, { ...d, source: ids[i] ?? "" });
  });
  return [...byDate.values()].filter((d) => d.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}

export async function putUnitDay(db: Db, unitId: string, day: CalendarDay): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.calendarDay(unitId, day.date), type: "calendarDay", kind: day.kind, name: day.name, unitId },
    }),
  );
  cache.clear();
}

export async function deleteUnitDay(db: Db, unitId: string, date: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: keys.calendarDay(unitId, date) }));
  cache.clear();
}
