import type { ReactNode } from "react";
import { useLanguage } from "../language.tsx";
import { primaryRole } from "../navigation.ts";
import { useSession } from "../session.tsx";
import type { Session } from "../sessionStorage.ts";
import { findUnit, useUnits } from "../units.ts";
import { StaffHeader } from "./StaffHeader.tsx";

/** The frame of every signed-in page: the header (with the role's navigation) and the page. */
export function StaffShell({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useLanguage();
  const { signOut } = useSession();
  const units = useUnits();
  const unitLabel = units.units
    ? (findUnit(units.units, session.user.unitId)?.name ?? t.unitUnknown)
    : units.error
      ? session.user.unitId
      : t.loading;
  return (
    <div className="staff">
      <StaffHeader session={session} role={primaryRole(session)} unitLabel={unitLabel} onSignOut={signOut} />
      <main className="staff-main">{children}</main>
    </div>
  );
}
