import { Tag } from "antd";
import { CHAIN_ROLE_LABELS, type ChainRole, type Person, STATUS_LABELS } from "../chains.ts";
import { useLanguage } from "../language.tsx";

const ROLE_COLORS: Record<ChainRole, string> = { committee: "red", delegate: "volcano", member: "default" };
const STATUS_COLORS: Record<Person["status"], string> = { active: "green", suspended: "orange", terminated: "default" };

export function RoleTags({ roles }: { roles: readonly ChainRole[] }) {
  const { l } = useLanguage();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]}>
          {l(CHAIN_ROLE_LABELS[role])}
        </Tag>
      ))}
    </>
  );
}

/** The person's status; a suspension or termination shows its reason and date. */
export function StatusTag({ person }: { person: Pick<Person, "status" | "statusReason" | "statusDate"> }) {
  const { l } = useLanguage();
  const detail = [person.statusReason, person.statusDate].filter(Boolean).join(" · ");
  return (
    <span>
      <Tag color={STATUS_COLORS[person.status]}>{l(STATUS_LABELS[person.status])}</Tag>
      {person.status !== "active" && detail && <span className="muted">{detail}</span>}
    </span>
  );
}
