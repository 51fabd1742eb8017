import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client.ts";

/** Runs a query page by page, handing each item on; returns how many items DynamoDB read. */
export async function queryEach(
  db: Db,
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
  onItem: (item: Record<string, unknown>) => void,
): Promise<number> {
  let scanned = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const res = await db.doc.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    for (const item of res.Items ?? []) onItem(item);
    scanned += res.ScannedCount ?? 0;
    startKey = res.LastEvaluatedKey;
  } while (startKey);
  return scanned;
}

/** Every item a query matches (all pages), with the number of items read. */
export async function queryAll(
  db: Db,
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
): Promise<{ items: Record<string, unknown>[]; scanned: number }> {
  const items: Record<string, unknown>[] = [];
  const scanned = await queryEach(db, input, (item) => items.push(item));
  return { items, scanned };
}

/** How many items of one partition have a sort key starting with `prefix` (a COUNT query, all pages, consistent). */
export async function countWithPrefix(db: Db, pk: string, prefix: string): Promise<number> {
  let total = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const res = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": pk, ":prefix": prefix },
        Select: "COUNT",
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    total += res.Count ?? 0;
    startKey = res.LastEvaluatedKey;
  } while (startKey);
  return total;
}
