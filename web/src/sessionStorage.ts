import type { Me } from "./model.ts";

export interface Session {
  token: string;
  /** Epoch seconds. */
  expiresAt: number;
  user: Me;
}

export const SESSION_KEY = "liaison.session";

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Partial<Session>;
  return (
    typeof s.token === "string" &&
    typeof s.expiresAt === "number" &&
    typeof s.user === "object" &&
    s.user !== null &&
    typeof s.user.name === "string" &&
    typeof s.user.unitId === "string" &&
    Array.isArray(s.user.roles)
  );
}

/** The remembered session, if it is well-formed and not yet expired. */
export function readSession(): Session | undefined {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SESSION_KEY) ?? "null");
    if (isSession(parsed) && parsed.expiresAt * 1000 > Date.now()) return parsed;
    localStorage.removeItem(SESSION_KEY);
  } catch {
    // Unreadable storage means no session.
  }
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
