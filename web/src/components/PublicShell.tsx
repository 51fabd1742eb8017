import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** The light frame of the public pages: the platform name, the language switch and the content. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useLanguage();
  return (
    <div className="public">
      <header className="public-header">
        <Link to="/" className="public-brand">
          {t.appName}
        </Link>
        <LanguageSwitch />
      </header>
      <main className="public-main">{children}</main>
    </div>
  );
}
