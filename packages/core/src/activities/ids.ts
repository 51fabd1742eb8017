import { createHash, randomUUID } from "node:crypto";

/**
 * A record id: derived from the caller and the Idempotency-Key when there is one (a retry finds
 * the first record), random otherwise. `prefix` names the kind: a activity, s session.
 */
export function recordId(prefix: string, callerId: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  return `${prefix}${createHash("sha256").update(`${prefix}|${callerId}|${idempotencyKey}`).digest("hex").slice(0, 20)}`;
}

export const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

export const isConditionFailure = (err: unknown) =>
  err instanceof Error && err.name === "ConditionalCheckFailedException";
