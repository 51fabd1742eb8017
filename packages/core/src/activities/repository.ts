import { BatchGetCommand, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { queryAll } from "../db/query.ts";
import {
  type Activity,
  type ActivitySession,
  activitySchema,
  activitySessionSchema,
  type Checkin,
  checkinSchema,
  type Outcome,
  outcomeSchema,
  type Signup,
  signupSchema,
} from "./schema.ts";

/** A stored session: the public view plus its code and whether its figures were counted. */
export interface SessionRecord extends ActivitySession {
  checkinCode: string;
  heldAt?: string;
}

/** The stored form: `type` names the kind of item, so the activity's own type is `activityType`. */
export function activityItem(activity: Activity): Record<string, unknown> {
  const { type, ...rest } = activity;
  return {
    ...keys.activity(activity.id),
    ...keys.activityByOwner(activity.unitId, activity.startsAt, activity.id),
    ...rest,
    type: "activity",
    activityType: type,
  };
}

export function toActivity(item: Record<string, unknown>): Activity {
  return activitySchema.parse({ ...item, type: item.activityType, signupCount: item.signupCount ?? 0 });
}

export function toSessionRecord(item: Record<string, unknown>): SessionRecord {
  const session = activitySessionSchema.parse({
    ...item,
    attended: item.attended ?? 0,
    hasOutcome: item.hasOutcome ?? false,
  });
  return { ...session, checkinCode: String(item.checkinCode), ...(item.heldAt ? { heldAt: String(item.heldAt) } : {}) };
}

export const toSignup = (item: Record<string, unknown>): Signup => signupSchema.parse(item);
export const toCheckin = (item: Record<string, unknown>): Checkin => checkinSchema.parse(item);
export const toOutcome = (item: Record<string, unknown>): Outcome => outcomeSchema.parse(item);

async function getItem(db: Db, key: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }));
  return res.Item;
}

export async function getActivity(db: Db, id: string): Promise<Activity | undefined> {
  const item = await getItem(db, keys.activity(id));
  return item ? toActivity(item) : undefined;
}

export async function getActivitySession(db: Db, id: string): Promise<SessionRecord | undefined> {
  const item = await getItem(db, keys.activitySession(id));
  return item ? toSessionRecord(item) : undefined;
}

export async function getSignup(db: Db, activityId: string, personId: string): Promise<Signup | undefined> {
  const item = await getItem(db, keys.activitySignup(activityId, personId));
  return item ? toSignup(item) : undefined;
}

export async function getCheckin(db: Db, sessionId: string, personId: string): Promise<Checkin | undefined> {
  const item = await getItem(db, keys.checkin(sessionId, personId));
  return item ? toCheckin(item) : undefined;
}

export async function getOutcome(db: Db, activityId: string, sessionId: string): Promise<Outcome | undefined> {
  const item = await getItem(db, keys.activityOutcome(activityId, sessionId));
  return item ? toOutcome(item) : undefined;
}

/** Activities by id (100 keys a call), in the order asked; missing ones are left out. */
export async function getActivities(db: Db, ids: readonly string[]): Promise<Activity[]> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Activity>();
  for (let i = 0; i < unique.length; i += 100) {
    let request: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => keys.activity(id));
    for (let attempt = 0; request?.length && attempt < 8; attempt++) {
      const res = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: request } } }));
      for (const item of res.Responses?.[db.tableName] ?? []) found.set(String(item.id), toActivity(item));
      request = res.UnprocessedKeys?.[db.tableName]?.Keys as Record<string, unknown>[] | undefined;
      if (request?.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
  return unique.flatMap((id) => {
    const activity = found.get(id);
    return activity ? [activity] : [];
  });
}

/** Ids of the activities in one gsi1 partition (owned by or meant for a unit), newest first. */
export async function activityIdsOf(db: Db, gsi1pk: string, limit = 200): Promise<string[]> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": gsi1pk },
      ProjectionExpression: "id, activityId",
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (res.Items ?? []).map((i) => String(i.activityId ?? i.id));
}

/** An activity's sessions, in start order. */
export async function sessionsOf(db: Db, activityId: string): Promise<SessionRecord[]> {
  const { items } = await queryAll(db, {
    TableName: db.tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.sessionByActivity(activityId, "", "").gsi1pk },
  });
  return items.map(toSessionRecord);
}

/** Everything in an activity's own partition: its sign-ups and outcomes. */
export async function activityPartition(
  db: Db,
  activityId: string,
): Promise<{ signups: Signup[]; outcomes: Outcome[] }> {
  const { items } = await queryAll(db, {
    TableName: db.tableName,
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.activity(activityId).pk },
  });
  const signups: Signup[] = [];
  const outcomes: Outcome[] = [];
  for (const item of items) {
    if (String(item.sk).startsWith("SIGNUP#")) signups.push(toSignup(item));
    else if (String(item.sk).startsWith("OUTCOME#")) outcomes.push(toOutcome(item));
  }
  return { signups, outcomes };
}

/** The check-ins of one session. */
export async function checkinsOf(db: Db, sessionId: string): Promise<Checkin[]> {
  const { items } = await queryAll(db, {
    TableName: db.tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.activitySession(sessionId).pk, ":prefix": "CHECKIN#" },
  });
  return items.map(toCheckin);
}
