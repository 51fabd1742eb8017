import { Menu } from "antd";
import { Link, useLocation } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import type { Role } from "../model.ts";
import { NAV, navKeyOf, PATHS } from "../navigation.ts";

/** The role's pages, as a menu bar under the header; on a phone the overflow folds into "…". */
export function StaffNav({ role }: { role: Role }) {
  const { t } = useLanguage();
  const { pathname } = useLocation();
  const keys = NAV[role];
  if (keys.length < 2) return null;
  const selected = navKeyOf(pathname, keys);
  return (
    <nav className="staff-nav" aria-label={t.nav.label} data-testid="staff-nav">
      <Menu
        mode="horizontal"
        selectedKeys={selected ? [selected] : []}
        items={keys.map((key) => ({ key, label: <Link to={PATHS[key]}>{t.nav[key]}</Link> }))}
      />
    </nav>
  );
}
