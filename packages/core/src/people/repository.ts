import { createHash } from "node:crypto";
import { BatchGetCommand, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { decodeCursor, encodeCursor } from "../db/cursor.ts";
import { keys } from "../db/keys.ts";
import { type Person, type PersonInput, personSchema } from "./schema.ts";

/** Person ids derive from the member number, so a re-import finds the same person. */
export function personIdOf(memberNo: string): string {
  return `p${createHash("sha256").update(memberNo.trim().toUpperCase()).digest("hex").slice(0, 20)}`;
}

export function personItem(input: PersonInput, updatedAt: string): Record<string, unknown> {
  const id = personIdOf(input.memberNo);
  const person: Person = personSchema.parse({ ...input, id, updatedAt });
  return { ...keys.person(id), ...keys.personByUnit(person.unitId, person.memberNo), type: "person", ...person };
}

/** The fields an import compares: a row that matches them changes nothing. */
export function samePerson(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const fields = [
    "memberNo",
    "name",
    "unitId",
    "group",
    "termStart",
    "termEnd",
    "status",
    "statusReason",
    "statusDate",
    "phone",
  ];
  if (fields.some((f) => (a[f] ?? null) !== (b[f] ?? null))) return false;
  return JSON.stringify(a.roles ?? []) === JSON.stringify(b.roles ?? []);
}

export function toPerson(item: Record<string, unknown>): Person {
  return personSchema.parse(item);
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.person(id), ConsistentRead: true }),
  );
  return res.Item ? toPerson(res.Item) : undefined;
}

/** Raw person items by id, 100 keys a call; unprocessed keys are retried. */
export async function getPersonItems(db: Db, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 100) {
    let request: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => keys.person(id));
    for (let attempt = 0; request?.length && attempt < 8; attempt++) {
      const res = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: request, ConsistentRead: true } } }),
      );
      for (const item of res.Responses?.[db.tableName] ?? []) found.set(String(item.id), item);
      request = res.UnprocessedKeys?.[db.tableName]?.Keys as Record<string, unknown>[] | undefined;
      if (request?.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
  return found;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** One unit's people in member-number order, a page at a time. */
export async function listPersonsOfUnit(
  db: Db,
  unitId: string,
  options: { limit?: number; cursor?: string } = {},
): Promise<Page<Person>> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.personByUnit(unitId, "").gsi1pk },
      Limit: options.limit,
      ExclusiveStartKey: decodeCursor(options.cursor, { gsi1pk: keys.personByUnit(unitId, "").gsi1pk }, "gsi1"),
    }),
  );
  return { items: (res.Items ?? []).map(toPerson), cursor: encodeCursor(res.LastEvaluatedKey) };
}

/** Every person of one unit (all pages). */
export async function allPersonsOfUnit(db: Db, unitId: string): Promise<Person[]> {
  const out: Person[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPersonsOfUnit(db, unitId, { cursor });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}
