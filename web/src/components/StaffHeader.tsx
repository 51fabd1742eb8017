import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Flex, Tag, Typography } from "antd";
import { useLanguage } from "../language.tsx";
import type { Role } from "../model.ts";
import type { Session } from "../sessionStorage.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { StaffNav } from "./StaffNav.tsx";

/** The signed-in header: who, in which role and unit, the language switch, sign-out and the role's pages. */
export function StaffHeader({
  session,
  role,
  unitLabel,
  onSignOut,
}: {
  session: Session;
  role: Role | undefined;
  unitLabel: string;
  onSignOut: () => void;
}) {
  const { t } = useLanguage();
  return (
    <header className="staff-header">
      <Typography.Text strong className="staff-brand">
        {t.appName}
      </Typography.Text>
      <Flex gap={12} align="center" wrap>
        <span data-testid="user-name">
          <UserOutlined /> {session.user.name}
        </span>
        {role && (
          <Tag color="red" data-testid="user-role">
            {t.roleLabels[role]}
          </Tag>
        )}
        <Typography.Text type="secondary" data-testid="user-unit">
          {unitLabel}
        </Typography.Text>
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} onClick={onSignOut} data-testid="sign-out">
          {t.signOut}
        </Button>
      </Flex>
      {role && <StaffNav role={role} />}
    </header>
  );
}
