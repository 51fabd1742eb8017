import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { api, onSessionExpired } from "./api.ts";
import {
  type CognitoTokens,
  cognitoConfig,
  cognitoRefresh,
  cognitoSetNewPassword,
  cognitoSignIn,
  isTransientFailure,
  type NewPasswordChallenge,
} from "./cognito.ts";
import type { LoginResponse, Me } from "./model.ts";
import { readSession, readStoredSession, SESSION_KEY, type Session, writeSession } from "./sessionStorage.ts";

/** Why the last session ended: the login page explains an expiry, not a deliberate sign-out. */
export type SessionEnd = "expired" | "signed-out";

/** A sign-in either starts the session or (Cognito, temporary password) asks for a new password first. */
export type SignInOutcome = { session: Session } | { challenge: NewPasswordChallenge };

interface SessionState {
  session: Session | undefined;
  ended: SessionEnd | undefined;
  signIn: (username: string, password: string) => Promise<SignInOutcome>;
  /** Answers a first sign-in's new-password challenge (deployed build only) and starts the session. */
  setNewPassword: (challenge: NewPasswordChallenge, newPassword: string) => Promise<Session>;
  signOut: () => void;
}

/** The deployed build signs in with Cognito; the local runtime issues its own tokens. */
const COGNITO = cognitoConfig();

/** A session from Cognito's tokens, with the user's details from the API. */
async function sessionFrom(tokens: CognitoTokens): Promise<Session> {
  const user = await api<Me>("/me", { token: tokens.token });
  return {
    token: tokens.token,
    expiresAt: tokens.expiresAt,
    user,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
  };
}

async function signInWith(username: string, password: string): Promise<SignInOutcome> {
  if (COGNITO) {
    const answer = await cognitoSignIn(COGNITO, username, password);
    if ("challenge" in answer) return { challenge: answer };
    return { session: await sessionFrom(answer) };
  }
  const res = await api<LoginResponse>("/auth/login", { body: { username, password } });
  return { session: { token: res.token, expiresAt: res.expiresAt, user: res.user } };
}

/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * How long before the ID token expires it is refreshed: ample, since a browser may hold back
 * a background tab's timers by a minute or more.
 */
const REFRESH_LEAD_MS = 5 * 60_000;
/** The wait before trying again after a refresh failed for a passing reason (the network, throttling). */
const REFRESH_RETRY_MS = 30_000;

/** When to refresh a token that expires in `remainingMs`: REFRESH_LEAD_MS early, or halfway for a short-lived one. */
function refreshDelay(remainingMs: number): number {
  return remainingMs > 2 * REFRESH_LEAD_MS ? remainingMs - REFRESH_LEAD_MS : Math.max(0, remainingMs / 2);
}

type RefreshOutcome =
  | { kind: "refreshed"; session: Session }
  | { kind: "failed"; transient: boolean }
  /** The session changed meanwhile (signed out, or signed in afresh): nothing to do. */
  | { kind: "stale" };

/**
 * The session at page load. One that expired while no page kept it fresh is forgotten with its
 * refresh token: the user signs in again, as without Cognito.
 */
function initialSession(): Session | undefined {
  const session = readSession();
  if (!session && readStoredSession()) writeSession(undefined);
  return session;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/**
 * The signed-in session: kept in localStorage (the API client reads its token there), confirmed
 * on load. With Cognito, the ID token is refreshed with the refresh token shortly before it
 * expires and once when the API refuses it; without a refresh token the session ends at expiry.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(initialSession);
  const [ended, setEnded] = useState<SessionEnd | undefined>();
  /** Refresh attempts of the current token that failed for a passing reason. */
  const [retries, setRetries] = useState(0);
  const refreshing = useRef<Promise<RefreshOutcome> | undefined>(undefined);
  /** The token a refresh brought after the API refused the one before: if the API refuses it too, the session ends. */
  const afterRefusal = useRef<string | undefined>(undefined);
  /** The token whose user details have been loaded (or are loading). */
  const confirmed = useRef<string | undefined>(undefined);

  const end = useCallback((reason: SessionEnd) => {
    writeSession(undefined);
    setSession(undefined);
    setEnded(reason);
  }, []);

  /** Exchanges the stored refresh token for a new ID token; one exchange at a time. */
  const refresh = useCallback((): Promise<RefreshOutcome> => {
    if (refreshing.current) return refreshing.current;
    const config = COGNITO;
    const refreshToken = readStoredSession()?.refreshToken;
    if (!config || !refreshToken) return Promise.resolve({ kind: "failed", transient: false });
    const run = async (): Promise<RefreshOutcome> => {
      let tokens: CognitoTokens;
      try {
        tokens = await cognitoRefresh(config, refreshToken);
      } catch (err) {
        if (readStoredSession()?.refreshToken !== refreshToken) return { kind: "stale" };
        return { kind: "failed", transient: isTransientFailure(err) };
      }
      const stored = readStoredSession();
      if (!stored || stored.refreshToken !== refreshToken) return { kind: "stale" };
      const next: Session = {
        ...stored,
        token: tokens.token,
        expiresAt: tokens.expiresAt,
        refreshToken: tokens.refreshToken ?? refreshToken,
      };
      writeSession(next);
      confirmed.current = next.token;
      setRetries(0);
      setSession(next);
      return { kind: "refreshed", session: next };
    };
    const promise = run().finally(() => {
      refreshing.current = undefined;
    });
    refreshing.current = promise;
    return promise;
  }, []);

  /** Loads the user's details with the stored token and keeps them with the session. */
  const confirm = useCallback((token: string) => {
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
        // A 401 has already been handled; other failures leave it for the next request to judge.
      });
  }, []);

  // The API refused the token: refresh it once (Cognito) and check that the API takes the new
  // one; a refusal of that one, or no refresh, ends the session.
  const refused = useCallback(() => {
    const current = readStoredSession();
    if (!COGNITO || !current?.refreshToken || afterRefusal.current === current.token) {
      end("expired");
      return;
    }
    void refresh().then((outcome) => {
      if (outcome.kind === "refreshed") {
        afterRefusal.current = outcome.session.token;
        confirm(outcome.session.token);
      } else if (outcome.kind === "failed") {
        end("expired");
      }
    });
  }, [end, refresh, confirm]);

  useEffect(() => onSessionExpired(refused), [refused]);

  // Confirm a remembered session once and refresh the user's details from the API.
  const token = session?.token;
  useEffect(() => {
    if (token && confirmed.current !== token) confirm(token);
  }, [token, confirm]);

  // Refresh the token shortly before it expires, or (no refresh token) end the session when it does.
  const expiresAt = session?.expiresAt;
  const refreshable = COGNITO !== undefined && session?.refreshToken !== undefined;
  useEffect(() => {
    if (expiresAt === undefined) return;
    const remaining = expiresAt * 1000 - Date.now();
    if (!refreshable) {
      const timer = setTimeout(() => end("expired"), Math.min(MAX_TIMER_MS, remaining));
      return () => clearTimeout(timer);
    }
    const delay = retries === 0 ? refreshDelay(remaining) : Math.max(0, Math.min(REFRESH_RETRY_MS, remaining));
    const timer = setTimeout(
      () => {
        void refresh().then((outcome) => {
          if (outcome.kind !== "failed") return;
          if (outcome.transient && expiresAt * 1000 > Date.now()) setRetries((n) => n + 1);
          else end("expired");
        });
      },
      Math.min(MAX_TIMER_MS, delay),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, refreshable, retries, end, refresh]);

  // Follow sign-in, refreshes and sign-out in other tabs.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SESSION_KEY) return;
      const next = readSession();
      setRetries(0);
      setSession(next);
      if (!next) setEnded("signed-out");
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const start = useCallback((next: Session) => {
    writeSession(next);
    confirmed.current = next.token;
    afterRefusal.current = undefined;
    setRetries(0);
    setSession(next);
    setEnded(undefined);
  }, []);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const outcome = await signInWith(username, password);
      if ("session" in outcome) start(outcome.session);
      return outcome;
    },
    [start],
  );

  const setNewPassword = useCallback(
    async (challenge: NewPasswordChallenge, newPassword: string) => {
      if (!COGNITO) throw new Error("Only Cognito asks for a new password");
      const next = await sessionFrom(await cognitoSetNewPassword(COGNITO, challenge, newPassword));
      start(next);
      return next;
    },
    [start],
  );

  // Forgets the refresh token with the rest of the session.
  const signOut = useCallback(() => end("signed-out"), [end]);

  const value = useMemo<SessionState>(
    () => ({ session, ended, signIn, setNewPassword, signOut }),
    [session, ended, signIn, setNewPassword, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession must be used inside <SessionProvider>");
  return state;
}
