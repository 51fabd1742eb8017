import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { api, onSessionExpired } from "./api.ts";
import { cognitoConfig, cognitoSignIn } from "./cognito.ts";
import type { LoginResponse, Me } from "./model.ts";
import { readSession, SESSION_KEY, type Session, writeSession } from "./sessionStorage.ts";

/** Why the last session ended: the login page explains an expiry, not a deliberate sign-out. */
export type SessionEnd = "expired" | "signed-out";

interface SessionState {
  session: Session | undefined;
  ended: SessionEnd | undefined;
  signIn: (username: string, password: string) => Promise<Session>;
  signOut: () => void;
}

/** The deployed build signs in with Cognito; the local runtime issues its own tokens. */
const COGNITO = cognitoConfig();

async function signInWith(username: string, password: string): Promise<Session> {
  if (COGNITO) {
    const { token, expiresAt } = await cognitoSignIn(COGNITO, username, password);
    const user = await api<Me>("/me", { token });
    return { token, expiresAt, user };
  }
  const res = await api<LoginResponse>("/auth/login", { body: { username, password } });
  return { token: res.token, expiresAt: res.expiresAt, user: res.user };
}

/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const SessionContext = createContext<SessionState | undefined>(undefined);

/** The signed-in session: kept in localStorage (the API client reads its token there), confirmed on load. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(readSession);
  const [ended, setEnded] = useState<SessionEnd | undefined>();

  const end = useCallback((reason: SessionEnd) => {
    writeSession(undefined);
    setSession(undefined);
    setEnded(reason);
  }, []);

  useEffect(() => onSessionExpired(() => end("expired")), [end]);

  // Confirm a remembered session once and refresh the user's details from the API.
  const token = session?.token;
  const confirmed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!token || confirmed.current === token) return;
    confirmed.current = token;
    api<Me>("/me")
      .then((user) => {
        const stored = readSession();
        if (stored?.token !== token) return;
        const refreshed = { ...stored, user };
        writeSession(refreshed);
        setSession(refreshed);
      })
      .catch(() => {
        // A 401 has already ended the session; other failures leave it for the next request to judge.
      });
  }, [token]);

  // End the session when its token expires.
  const expiresAt = session?.expiresAt;
  useEffect(() => {
    if (expiresAt === undefined) return;
    const timer = setTimeout(() => end("expired"), Math.min(MAX_TIMER_MS, expiresAt * 1000 - Date.now()));
    return () => clearTimeout(timer);
  }, [expiresAt, end]);

  // Follow sign-in and sign-out in other tabs.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SESSION_KEY) return;
      const next = readSession();
      setSession(next);
      if (!next) setEnded("signed-out");
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const next = await signInWith(username, password);
    writeSession(next);
    confirmed.current = next.token;
    setSession(next);
    setEnded(undefined);
    return next;
  }, []);

  const signOut = useCallback(() => end("signed-out"), [end]);

  const value = useMemo<SessionState>(() => ({ session, ended, signIn, signOut }), [session, ended, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession must be used inside <SessionProvider>");
  return state;
}
