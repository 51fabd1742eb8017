import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { mapLimit } from "../util/concurrency.ts";
import type { Db } from "./client.ts";

/**
 * Puts items 25 a call, a few calls in flight, retrying unprocessed items with backoff.
 * Every put is a whole item, so a retry after a partial failure writes the same state.
 */
export async function batchPut(db: Db, items: readonly Record<string, unknown>[], concurrency = 4): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  await mapLimit(chunks, concurrency, async (chunk) => {
    let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt >= 10) throw new Error("BatchWrite kept returning unprocessed items");
      const res = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }));
      pending = (res.UnprocessedItems?.[db.tableName] ?? []) as typeof pending;
      if (pending.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  });
}
