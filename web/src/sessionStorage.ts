import type { Me } from "./model.ts";

export interface Session {
  token: string;
  /** Epoch seconds. */
  expiresAt: number;
  user: Me;
  /**
   * Cognito's refresh token (deployed build only): exchanged for a new ID token shortly before
   * `token` expires. Forgotten with the session at sign-out.
   */
  refreshToken?: string;
}

export const SESSION_KEY = "liaison.session";

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Partial<Session>;
  return (
    typeof s.token === "string" &&
    typeof s.expiresAt === "number" &&
    (s.refreshToken === undefined || typeof s.refreshToken === "string") &&
    typeof s.user === "object" &&
    s.user !== null &&
    typeof s.user.name === "string" &&
    typeof s.user.unitId === "string" &&
    Array.isArray(s.user.roles)
  );
}

function isCurrent(session: Session): boolean {
  return session.expiresAt * 1000 > Date.now();
}

/**
 * The remembered session, expired or not, if it is well-formed. Only the session provider needs
 * an expired one: its refresh token may still get a new ID token (after the computer slept past
 * the expiry, say).
 */
export function readStoredSession(): Session | undefined {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SESSION_KEY) ?? "null");
    if (isSession(parsed)) return parsed;
    localStorage.removeItem(SESSION_KEY);
  } catch {
    // Unreadable storage means no session.
  }
  return undefined;
}

/**
 * The remembered session, if it is well-formed and not yet expired. An expired session is
 * forgotten, unless it has a refresh token: the session provider decides about that one.
 */
export function readSession(): Session | undefined {
  const stored = readStoredSession();
  if (!stored || isCurrent(stored)) return stored;
  if (!stored.refreshToken) writeSession(undefined);
  return undefined;
}

export function writeSession(session: Session | undefined): void {
  try {
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage refused: the user signs in again on the next page load.
  }
}
