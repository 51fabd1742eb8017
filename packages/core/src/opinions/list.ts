import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { decodeCursor, encodeCursor } from "../db/cursor.ts";
import { keys } from "../db/keys.ts";
import { errors } from "../http/errors.ts";
import type { Unit } from "../units/schema.ts";
import { unitCodeSchema } from "../units/schema.ts";
import { getOpinions, toOpinion, triageUnitOf } from "./repository.ts";
import { categoryIdSchema, opinionStatusSchema, sourceTypeSchema } from "./schema.ts";
import { listItem, type OpinionListItem, opinionListItemSchema } from "./views.ts";

export const opinionsQuerySchema = z.object({
  /** triage: the office's list; inbox: a handler unit's; mine: addressed to or raised by the caller. */
  view: z.enum(["triage", "inbox", "mine"]).optional(),
  unit: unitCodeSchema.optional(),
  status: opinionStatusSchema.optional(),
  category: categoryIdSchema.optional(),
  source: sourceTypeSchema.optional(),
  overdue: z
    .enum(["true", "false"], { error: "overdue 应为 true 或 false / overdue must be true or false" })
    .transform((v) => v === "true")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(1000).optional(),
});
export type OpinionsQuery = z.output<typeof opinionsQuerySchema>;

export const opinionPageSchema = z.object({
  items: z.array(opinionListItemSchema),
  cursor: z.string().optional(),
});
export type OpinionPage = z.infer<typeof opinionPageSchema>;

/** A filtered query can read many items per page it fills; this caps the work of one request. */
const MAX_READS = 2000;

async function filteredPage(
  db: Db,
  input: Omit<QueryCommandInput, "ExclusiveStartKey" | "Limit"> & { IndexName: "gsi1" },
  partition: string,
  limit: number,
  cursor: string | undefined,
): Promise<{ items: Record<string, unknown>[]; cursor?: string }> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined = decodeCursor(cursor, { gsi1pk: partition }, input.IndexName);
  let read = 0;
  do {
    const res = await db.doc.send(
      new QueryCommand({ ...input, ExclusiveStartKey: startKey, Limit: Math.max(limit - items.length, 25) }),
    );
    read += res.ScannedCount ?? 0;
    let dropped = false;
    for (const item of res.Items ?? []) {
      if (items.length < limit) items.push(item);
      else dropped = true;
    }
    startKey = res.LastEvaluatedKey;
    if (dropped) {
      // Stopped mid-page: continue right after the last item kept, so nothing is skipped.
      const last = items[items.length - 1] as Record<string, unknown>;
      const names = ["pk", "sk", ...(input.IndexName ? [`${input.IndexName}pk`, `${input.IndexName}sk`] : [])];
      startKey = Object.fromEntries(names.map((k) => [k, last[k]]));
    }
    if (items.length >= limit) break;
  } while (startKey && read < MAX_READS);
  return { items, ...(startKey ? { cursor: encodeCursor(startKey) } : {}) };
}

function filters(q: OpinionsQuery, now: Date, unitPath?: string) {
  const parts: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (q.status) {
    parts.push("#status = :status");
    names["#status"] = "status";
    values[":status"] = q.status;
  }
  if (q.category) {
    parts.push("category = :category");
    values[":category"] = q.category;
  }
  if (q.source) {
    parts.push("#source.#type = :source");
    names["#source"] = "source";
    names["#type"] = "type";
    values[":source"] = q.source;
  }
  if (q.overdue !== undefined) {
    parts.push(q.overdue ? "staffDueAt < :now" : "(attribute_not_exists(staffDueAt) OR staffDueAt >= :now)");
    values[":now"] = now.toISOString();
  }
  if (unitPath) {
    parts.push("begins_with(unitPath, :path)");
    values[":path"] = unitPath;
  }
  return { parts, values, names };
}

/** The office's list: its county's (or higher unit's) opinions, newest first, filtered. */
export async function listTriage(db: Db, unit: Unit, q: OpinionsQuery, now = new Date()): Promise<OpinionPage> {
  const triage = await triageUnitOf(db, unit);
  if (triage.level === "province" || triage.level === "city") {
    if (triage.id === unit.id && !unit.pilot) {
      throw errors.validation({
        unit: { zh: "请选择一个县(市、区)或试点单位", en: "Choose a county or pilot unit" },
      });
    }
  }
  const f = filters(q, now, triage.id === unit.id ? undefined : unit.path);
  const partition = keys.opinionByTriage(triage.id, "", "").gsi1pk;
  const page = await filteredPage(
    db,
    {
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ...(f.parts.length ? { FilterExpression: f.parts.join(" AND ") } : {}),
      ...(Object.keys(f.names).length ? { ExpressionAttributeNames: f.names } : {}),
      ExpressionAttributeValues: { ":pk": partition, ...f.values },
      ScanIndexForward: false,
    },
    partition,
    q.limit,
    q.cursor,
  );
  // The index may lag a moment behind; each item is shown as the index has it.
  return { items: page.items.map((i) => listItem(toOpinion(i), now)), ...(page.cursor ? { cursor: page.cursor } : {}) };
}

/**
 * Pointer lists (a handler unit's inbox, a person's opinions): the opinions read by key, current
 * state. Filters apply to the opinions, so it reads on until the page is full (or MAX_READS), and
 * the cursor continues right after the last pointer it used.
 */
async function pointerPage(
  db: Db,
  pk: string,
  skPrefix: string,
  q: OpinionsQuery,
  keep: (o: OpinionListItem & { handlerUnitId?: string }) => boolean,
  now: Date,
): Promise<OpinionPage> {
  const matches = (o: OpinionListItem & { handlerUnitId?: string }) =>
    keep(o) &&
    (!q.status || o.status === q.status) &&
    (!q.category || o.category === q.category) &&
    (!q.source || o.source.type === q.source) &&
    (q.overdue === undefined || o.overdue === q.overdue);
  const items: OpinionListItem[] = [];
  const seen = new Set<string>();
  let startKey: Record<string, unknown> | undefined = decodeCursor(q.cursor, { pk });
  let read = 0;
  do {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": pk, ":prefix": skPrefix },
        ScanIndexForward: false,
        Limit: q.limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const pointers = res.Items ?? [];
    read += pointers.length;
    startKey = res.LastEvaluatedKey;
    const opinions = new Map(
      (
        await getOpinions(
          db,
          pointers.map((i) => String(i.opinionId)),
        )
      ).map((o) => [o.id, o]),
    );
    for (const [index, pointer] of pointers.entries()) {
      const o = opinions.get(String(pointer.opinionId));
      if (!o || seen.has(o.id)) continue;
      seen.add(o.id);
      const item = listItem(o, now);
      if (!matches(item)) continue;
      items.push(item);
      if (items.length === q.limit) {
        const more = index < pointers.length - 1 || startKey !== undefined;
        startKey = more ? { pk: pointer.pk, sk: pointer.sk } : undefined;
        break;
      }
    }
  } while (startKey && items.length < q.limit && read < MAX_READS);
  return { items, ...(startKey ? { cursor: encodeCursor(startKey) } : {}) };
}

/** A handler unit's inbox; a pointer left by a reassignment elsewhere is skipped. */
export function listInbox(db: Db, handlerUnitId: string, q: OpinionsQuery, now = new Date()) {
  return pointerPage(
    db,
    keys.handlerInbox(handlerUnitId, "", "").pk,
    "",
    q,
    (o) => o.handlerUnitId === handlerUnitId,
    now,
  );
}

/** Opinions addressed to a delegate or raised by a person at contacts and activities. */
export function listOfPerson(db: Db, personId: string, q: OpinionsQuery, now = new Date()) {
  return pointerPage(db, keys.personOpinion(personId, "", "").pk, "OPINION#", q, () => true, now);
}
