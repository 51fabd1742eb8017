import { createHash } from "node:crypto";
import { BatchGetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryAll } from "../db/query.ts";
import { type Assignment, assignmentSchema } from "./schema.ts";

export function assignmentItem(a: Assignment): Record<string, unknown> {
  const assignment = assignmentSchema.parse(a);
  return {
    ...keys.assignment(assignment.responsibleId, assignment.tier, assignment.targetId),
    ...keys.assignmentByUnit(assignment.unitId, assignment.tier, assignment.targetId, assignment.responsibleId),
    type: "assignment",
    ...assignment,
  };
}

/** A public group's id derives from who is responsible and how it is described, so a retry makes no twin. */
export function publicGroupIdOf(responsibleId: string, description: string): string {
  return `g${createHash("sha256").update(`${responsibleId}|${description.trim()}`).digest("hex").slice(0, 20)}`;
}

/** Open on a day (YYYY-MM-DD): started on or before it and not ended before it. */
export const isOpenOn = (a: Pick<Assignment, "since" | "until">, day: string) =>
  a.since <= day && (a.until === undefined || a.until >= day);

/** Overlaps the period [first, last] (YYYY-MM-DD, inclusive). */
export const overlaps = (a: Pick<Assignment, "since" | "until">, first: string, last: string) =>
  a.since <= last && (a.until === undefined || a.until >= first);

/** Every edge (open or ended) whose contacted side is in one unit, with the number of items read. */
export async function assignmentsOfUnit(
  db: Db,
  unitId: string,
): Promise<{ assignments: Assignment[]; scanned: number }> {
  const { items, scanned } = await queryAll(db, {
    TableName: db.tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.assignmentByUnit(unitId, "", "", "").gsi1pk },
  });
  return { assignments: items.map((i) => assignmentSchema.parse(i)), scanned };
}

export async function activeAssignmentsOfUnit(db: Db, unitId: string, day = new Date().toISOString().slice(0, 10)) {
  return (await assignmentsOfUnit(db, unitId)).assignments.filter((a) => isOpenOn(a, day));
}

/** A responsible person's edges, read from their own partition (strongly consistent). */
export async function assignmentsOf(db: Db, responsibleId: string): Promise<Assignment[]> {
  const { items } = await queryAll(db, {
    TableName: db.tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.person(responsibleId).pk, ":prefix": keys.assignmentPrefix() },
    ConsistentRead: true,
  });
  return items.map((i) => assignmentSchema.parse(i));
}

/** The edges for the given (tier, target) pairs of one responsible person, by key. */
export async function getAssignments(
  db: Db,
  responsibleId: string,
  targets: readonly { tier: string; targetId: string }[],
): Promise<Assignment[]> {
  const out: Assignment[] = [];
  for (let i = 0; i < targets.length; i += 100) {
    const Keys = targets.slice(i, i + 100).map((t) => keys.assignment(responsibleId, t.tier, t.targetId));
    const res = await db.doc.send(
      new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys, ConsistentRead: true } } }),
    );
    for (const item of res.Responses?.[db.tableName] ?? []) out.push(assignmentSchema.parse(item));
  }
  return out;
}

export async function putAssignment(db: Db, a: Assignment): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.tableName, Item: assignmentItem(a) }));
}
