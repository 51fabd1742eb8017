import { BatchGetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { COUNT_IDS, type Counts, isCountKey } from "./figures.ts";

/**
 * Adds to one unit-quarter's counters. Every change also bumps `v`, so the reconciliation job can
 * write an exact recount only if no live write slipped in between its read and its write.
 */
export async function increment(db: Db, unitId: string, quarter: string, deltas: Counts): Promise<void> {
  const entries = Object.entries(deltas).filter(([id, n]) => n !== 0 && isCountKey(id));
  if (entries.length === 0) return;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.counters(unitId, quarter),
      UpdateExpression: `ADD ${[...entries.map((_, i) => `#f${i} :d${i}`), "v :one"].join(", ")} SET unitId = :u, quarter = :q, #type = :type`,
      ExpressionAttributeNames: {
        ...Object.fromEntries(entries.map(([id], i) => [`#f${i}`, id])),
        "#type": "type",
      },
      ExpressionAttributeValues: {
        ...Object.fromEntries(entries.map(([, n], i) => [`:d${i}`, n])),
        ":one": 1,
        ":u": unitId,
        ":q": quarter,
        ":type": "counters",
      },
    }),
  );
}

/**
 * Marks a source record as counted; true only for the first caller. A retried request finds the
 * mark and adds nothing, so it can never count twice.
 */
export async function claimCount(db: Db, key: Record<string, unknown>, attribute = "countedAt"): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: key,
        UpdateExpression: "SET #a = :now",
        ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(#a)",
        ExpressionAttributeNames: { "#a": attribute },
        ExpressionAttributeValues: { ":now": new Date().toISOString() },
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") return false;
    throw err;
  }
}

export interface CounterItem {
  unitId: string;
  quarter: string;
  counts: Counts;
  v: number;
}

function toCounterItem(unitId: string, quarter: string, item: Record<string, unknown> | undefined): CounterItem {
  const counts: Counts = {};
  for (const id of COUNT_IDS) counts[id] = typeof item?.[id] === "number" ? (item[id] as number) : 0;
  // Per-category opinion counts live beside the totals in the same item.
  for (const [key, value] of Object.entries(item ?? {})) {
    if (key.includes("@") && typeof value === "number" && isCountKey(key)) counts[key] = value;
  }
  return { unitId, quarter, counts, v: typeof item?.v === "number" ? item.v : 0 };
}

/** The counter items of many unit-quarters, 100 keys a call (missing ones are all zero). */
export async function readCounters(
  db: Db,
  pairs: readonly { unitId: string; quarter: string }[],
  consistent = false,
): Promise<Map<string, CounterItem>> {
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < pairs.length; i += 100) {
    let request: Record<string, unknown>[] | undefined = pairs
      .slice(i, i + 100)
      .map((p) => keys.counters(p.unitId, p.quarter));
    for (let attempt = 0; request?.length && attempt < 8; attempt++) {
      const res = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: request, ConsistentRead: consistent } } }),
      );
      for (const item of res.Responses?.[db.tableName] ?? []) found.set(`${item.unitId}|${item.quarter}`, item);
      request = res.UnprocessedKeys?.[db.tableName]?.Keys as Record<string, unknown>[] | undefined;
      if (request?.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
  return new Map(
    pairs.map((p) => [
      `${p.unitId}|${p.quarter}`,
      toCounterItem(p.unitId, p.quarter, found.get(`${p.unitId}|${p.quarter}`)),
    ]),
  );
}
