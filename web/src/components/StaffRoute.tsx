import { Result, Spin } from "antd";
import { type ReactNode, Suspense } from "react";
import { useLanguage } from "../language.tsx";
import type { Role } from "../model.ts";
import { hasRole } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { RequireSession } from "./RequireSession.tsx";
import { StaffShell } from "./StaffShell.tsx";

/**
 * A signed-in page in the staff frame, for the given roles only (the API checks again). The page
 * loads inside the frame, so moving between pages keeps the header in place.
 */
export function StaffRoute({ roles, page }: { roles: readonly Role[]; page: (session: Session) => ReactNode }) {
  return (
    <RequireSession>
      {(session) => (
        <StaffShell session={session}>
          <Suspense fallback={<Spin className="page-spin" />}>
            {hasRole(session, roles) ? page(session) : <NotForRole />}
          </Suspense>
        </StaffShell>
      )}
    </RequireSession>
  );
}

function NotForRole() {
  const { t } = useLanguage();
  return <Result status="403" title={t.notForRole} data-testid="not-for-role" />;
}
