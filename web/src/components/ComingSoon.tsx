import { Link } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import { PublicShell } from "./PublicShell.tsx";

/** A public page whose capability has not arrived yet: it says so, and what will be here. */
export function ComingSoon({ title, body, testId }: { title: string; body: string; testId: string }) {
  const { t } = useLanguage();
  return (
    <PublicShell>
      <section className="notice" data-testid={testId}>
        <span className="notice-tag">{t.notYetAvailable}</span>
        <h1>{title}</h1>
        <p>{body}</p>
        <Link to="/" className="text-link">
          ← {t.backHome}
        </Link>
      </section>
    </PublicShell>
  );
}
