import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../db/client.ts";
import { keys } from "../db/keys.ts";
import { errors } from "../http/errors.ts";

export interface RateLimit {
  /** What is limited, e.g. "login" or "opinion-ip". */
  scope: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counter kept in the table: one conditional ADD per hit, so it works the same
 * on dynalite and in AWS, across any number of Lambda instances. Throws 429 with Retry-After
 * once the window's limit is spent. Items carry expiresAt so AWS TTL cleans them up.
 */
function currentWindow(rule: RateLimit, now: number) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
  return { windowMs, windowStart, retryAfter };
}

/** Throws 429 when the window's limit is already spent, without counting a hit. */
export async function assertUnderLimit(db: Db, rule: RateLimit, subject: string, now = Date.now()): Promise<void> {
  const { windowStart, retryAfter } = currentWindow(rule, now);
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.rateWindow(rule.scope, subject, windowStart),
      ConsistentRead: true,
    }),
  );
  if (typeof res.Item?.count === "number" && res.Item.count >= rule.limit) throw errors.rateLimited(retryAfter);
}

export async function hit(db: Db, rule: RateLimit, subject: string, now = Date.now()): Promise<void> {
  const { windowMs, windowStart, retryAfter } = currentWindow(rule, now);
  const expiresAt = Math.ceil((windowStart + windowMs) / 1000) + 60;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.rateWindow(rule.scope, subject, windowStart),
        UpdateExpression: "ADD #count :one SET expiresAt = :exp",
        ConditionExpression: "attribute_not_exists(#count) OR #count < :limit",
        ExpressionAttributeNames: { "#count": "count" },
        ExpressionAttributeValues: { ":one": 1, ":limit": rule.limit, ":exp": expiresAt },
      }),
    );
  } catch (err) {
    if (err instanceof Error && err.name === "ConditionalCheckFailedException") {
      throw errors.rateLimited(retryAfter);
    }
    throw err;
  }
}
