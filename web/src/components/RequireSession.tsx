import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { useSession } from "../session.tsx";
import type { Session } from "../sessionStorage.ts";

/** Renders its page for a signed-in user; sends anyone else to sign in, remembering where they were going. */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children(session);
}
