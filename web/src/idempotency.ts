/**
 * A fresh Idempotency-Key for a POST: a retry of the same request sends the same key, so the
 * server acts once. crypto.randomUUID needs a secure context, so plain http gets the same from
 * random bytes. No imports: the public pages use it without pulling in anything else.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The last unanswered try of a request: what it sent and under which key. */
export interface PendingRequest {
  body: string;
  key: string;
}

/**
 * The Idempotency-Key for sending `request`: the last try's key while the same request is retried
 * (a lost answer must not act twice), a fresh one for anything else. Clear `pending` on success.
 */
export function keyFor(pending: { current: PendingRequest | undefined }, request: unknown): string {
  const body = JSON.stringify(request);
  if (pending.current?.body !== body) pending.current = { body, key: newIdempotencyKey() };
  return pending.current.key;
}
