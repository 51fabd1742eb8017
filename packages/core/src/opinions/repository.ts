import { randomInt } from "node:crypto";
import { BatchGetCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { errors } from "../http/errors.ts";
import { getUnit } from "../units/repository.ts";
import type { Unit } from "../units/schema.ts";
import { FINAL_STATUSES, type Opinion, opinionSchema, type Submitter, submitterSchema } from "./schema.ts";

/** No 0/O, 1/I/L: a code read aloud or copied by hand stays right. */
export const TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_LENGTH = 12;

/** 12 characters of a 31-letter alphabet: about 59 bits, unguessable at any request rate we allow. */
export function newTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

/** People type codes with spaces, dashes or lower case: all mean the same code. */
export function canonicalCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

export const isTrackingCode = (code: string) =>
  code.length === TRACKING_LENGTH && [...code].every((ch) => TRACKING_ALPHABET.includes(ch));

/** The unit whose office triages a unit's opinions: the nearest pilot unit, county or higher on its path. */
export async function triageUnitOf(db: Db, unit: Unit): Promise<Unit> {
  let current: Unit | undefined = unit;
  for (let guard = 0; current && guard < 8; guard++) {
    if (current.pilot || ["province", "city", "county"].includes(current.level)) return current;
    current = current.parentId ? await getUnit(db, current.parentId) : undefined;
  }
  return unit;
}

/** The next deadline the daily job watches: staff's (accept, reply) or the submitter's rating window. */
export function nextDeadline(o: Opinion): string | undefined {
  if (FINAL_STATUSES.includes(o.status)) return undefined;
  if (o.status === "submitted") return o.acceptDueAt;
  if (o.status === "replied") return o.ratingDueAt;
  if (o.status === "accepted") return o.assignDueAt;
  return o.replyDueAt;
}

/** The deadline staff are measured against now, if any (the overdue flag). */
export function staffDeadline(o: Opinion): string | undefined {
  if (o.status === "submitted") return o.acceptDueAt;
  if (o.status === "accepted") return o.assignDueAt;
  if (["assigned", "signed", "redo"].includes(o.status)) return o.replyDueAt;
  return undefined;
}

export const isOverdue = (o: Opinion, now = new Date()) => {
  const due = staffDeadline(o);
  return due !== undefined && due < now.toISOString();
};

/** The stored item: the opinion plus its index keys, derived from its state. */
export function opinionItem(o: Opinion): Record<string, unknown> {
  const due = nextDeadline(o);
  return {
    ...keys.opinion(o.id),
    ...keys.opinionByTriage(o.triageUnitId, o.createdAt, o.id),
    ...(due ? keys.opinionDue(o.triageUnitId, due, o.id) : {}),
    type: "opinion",
    ...o,
    staffDueAt: staffDeadline(o),
  };
}

export function toOpinion(item: Record<string, unknown>): Opinion {
  return opinionSchema.parse(item);
}

export async function getOpinionItem(db: Db, id: string): Promise<Record<string, unknown> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.opinion(id), ConsistentRead: true }),
  );
  return res.Item;
}

export async function getOpinion(db: Db, id: string): Promise<Opinion | undefined> {
  const item = await getOpinionItem(db, id);
  return item ? toOpinion(item) : undefined;
}

export async function requireOpinion(db: Db, id: string): Promise<Opinion> {
  const found = await getOpinion(db, id);
  if (!found) throw errors.notFound({ zh: "意见不存在", en: "No such opinion" });
  return found;
}

export async function opinionIdByCode(db: Db, code: string): Promise<string | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.trackingCode(code), ConsistentRead: true }),
  );
  return typeof res.Item?.opinionId === "string" ? res.Item.opinionId : undefined;
}

/** The submitter's personal data, unless its retention has run out (TTL in AWS deletes it late). */
export async function getSubmitter(db: Db, id: string, now = new Date()): Promise<Submitter | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.opinionSubmitter(id) }));
  const item = res.Item;
  if (!item || (typeof item.expiresAt === "number" && item.expiresAt <= Math.floor(now.getTime() / 1000))) {
    return undefined;
  }
  return submitterSchema.parse(item);
}

/** Many opinions by id (order kept, missing ones left out), 100 keys a call. */
export async function getOpinions(db: Db, ids: readonly string[]): Promise<Opinion[]> {
  const found = new Map<string, Opinion>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    let request: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => keys.opinion(id));
    for (let attempt = 0; request?.length && attempt < 8; attempt++) {
      const res = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: request, ConsistentRead: true } } }),
      );
      for (const item of res.Responses?.[db.tableName] ?? []) found.set(String(item.id), toOpinion(item));
      request = res.UnprocessedKeys?.[db.tableName]?.Keys as Record<string, unknown>[] | undefined;
      if (request?.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
  return ids.flatMap((id) => {
    const o = found.get(id);
    return o ? [o] : [];
  });
}
