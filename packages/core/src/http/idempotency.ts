import { createHash } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { AppError } from "./errors.ts";

/** How long a first answer is kept for retries. */
const KEEP_SECONDS = 24 * 3600;

export interface StoredAnswer {
  status: number;
  body: string;
}

export const requestHashOf = (...parts: (string | undefined)[]) =>
  createHash("sha256")
    .update(parts.map((p) => p ?? "").join("\u0000"))
    .digest("hex");

/**
 * The first answer given to this caller for this route and Idempotency-Key, if any. The same key
 * with a different request is a client error (409), never a silent second write.
 */
export async function recallAnswer(db: Db, scope: string, key: string, requestHash: string, now = new Date()) {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.idempotency(scope, key), ConsistentRead: true }),
  );
  const item = res.Item;
  if (!item || Number(item.expiresAt) <= Math.floor(now.getTime() / 1000)) return undefined;
  if (item.requestHash !== requestHash) {
    throw new AppError(409, "idempotency_key_reused", {
      zh: "该幂等键已用于另一个不同的请求",
      en: "This Idempotency-Key was already used for a different request",
    });
  }
  return { status: Number(item.status), body: String(item.body) } satisfies StoredAnswer;
}

/** Keeps a successful answer so a retry gets it back; the first writer wins. */
export async function rememberAnswer(
  db: Db,
  scope: string,
  key: string,
  requestHash: string,
  answer: StoredAnswer,
  now = new Date(),
): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...keys.idempotency(scope, key),
          type: "idempotency",
          requestHash,
          status: answer.status,
          body: answer.body,
          expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
        },
        ConditionExpression: "attribute_not_exists(pk) OR expiresAt <= :now",
        ExpressionAttributeValues: { ":now": Math.floor(now.getTime() / 1000) },
      }),
    );
  } catch (err) {
    if (!(err instanceof Error && err.name === "ConditionalCheckFailedException")) throw err;
  }
}
