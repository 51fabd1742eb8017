import { randomInt, timingSafeEqual } from "node:crypto";

/** Digits only: easy to read out in a meeting room and to type on a phone keypad. */
export const CHECKIN_CODE_LENGTH = 6;

/** Check-in opens this long before a session starts (people arrive early) and closes at its end. */
export const CHECKIN_OPENS_BEFORE_MS = 30 * 60_000;

/** A fresh random code for one session (about one in a million to guess). */
export function newCheckinCode(): string {
  return String(randomInt(0, 10 ** CHECKIN_CODE_LENGTH)).padStart(CHECKIN_CODE_LENGTH, "0");
}

/** Compares in constant time; spaces a person typed between digits are ignored. */
export function codeMatches(expected: string, typed: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(typed.replace(/\s+/g, ""));
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a code may be used at `now`: from shortly before the session starts until it ends. */
export function checkinOpen(session: { startsAt: string; endsAt: string }, now: Date): boolean {
  const t = now.getTime();
  return t >= Date.parse(session.startsAt) - CHECKIN_OPENS_BEFORE_MS && t <= Date.parse(session.endsAt);
}

/** The text a QR code carries: the check-in page of the session, with its code filled in. */
export function checkinLink(origin: string, sessionId: string, code: string): string {
  return `${origin}/my/checkin?session=${encodeURIComponent(sessionId)}&code=${encodeURIComponent(code)}`;
}
