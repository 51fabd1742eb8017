import { Result } from "antd";
import { RoleHome } from "../components/RoleHome.tsx";
import { StaffHeader } from "../components/StaffHeader.tsx";
import { useLanguage } from "../language.tsx";
import { isRole } from "../model.ts";
import { useSession } from "../session.tsx";
import type { Session } from "../sessionStorage.ts";
import { findUnit, useUnits } from "../units.ts";

/** /home: the signed-in user's page, chosen by their first role. */
export function StaffHome({ session }: { session: Session }) {
  const { t } = useLanguage();
  const { signOut } = useSession();
  const units = useUnits();
  const first = session.user.roles[0];
  const role = isRole(first) ? first : undefined;
  const unitLabel = units.units
    ? (findUnit(units.units, session.user.unitId)?.name ?? t.unitUnknown)
    : units.error
      ? session.user.unitId
      : t.loading;
  return (
    <div className="staff">
      <StaffHeader session={session} role={role} unitLabel={unitLabel} onSignOut={signOut} />
      <main className="staff-main">
        {role ? <RoleHome role={role} units={units} /> : <Result status="warning" title={t.unknownRole} />}
      </main>
    </div>
  );
}
