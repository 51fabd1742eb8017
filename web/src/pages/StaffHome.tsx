import { Result } from "antd";
import { RoleHome } from "../components/RoleHome.tsx";
import { StaffShell } from "../components/StaffShell.tsx";
import { useLanguage } from "../language.tsx";
import { primaryRole } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { useUnits } from "../units.ts";

/** /home: the signed-in user's page, chosen by their first role. */
export function StaffHome({ session }: { session: Session }) {
  const { t } = useLanguage();
  const units = useUnits();
  const role = primaryRole(session);
  return (
    <StaffShell session={session}>
      {role ? <RoleHome role={role} units={units} /> : <Result status="warning" title={t.unknownRole} />}
    </StaffShell>
  );
}
