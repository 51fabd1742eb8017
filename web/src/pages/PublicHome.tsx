import { Link } from "react-router-dom";
import { PublicShell } from "../components/PublicShell.tsx";
import { UnitsProblem } from "../components/UnitsProblem.tsx";
import { useLanguage } from "../language.tsx";
import { pilotGroups, useUnits } from "../units.ts";

/** `/`: the public entry, no sign-in; phones first. */
export function PublicHome() {
  const { t } = useLanguage();
  const { units, error, retry } = useUnits();
  const groups = units ? pilotGroups(units) : [];
  const pilotCount = groups.reduce((sum, g) => sum + g.pilots.length, 0);
  return (
    <PublicShell>
      <section className="hero" data-testid="public-home">
        <h1>{t.appName}</h1>
        <p>{t.homeTagline}</p>
      </section>

      <nav className="entries">
        <Link to="/opinions/new" className="entry entry-primary" data-testid="submit-opinion">
          <span className="entry-title">{t.submitOpinion}</span>
          <span className="entry-hint">{t.submitOpinionHint}</span>
        </Link>
        <Link to="/opinions/track" className="entry" data-testid="track-opinion">
          <span className="entry-title">{t.trackOpinion}</span>
          <span className="entry-hint">{t.trackOpinionHint}</span>
        </Link>
      </nav>

      <section className="pilots" data-testid="pilot-units">
        <h2>{t.pilotUnits}</h2>
        {units ? (
          groups.length > 0 ? (
            <>
              <p className="muted">{t.pilotCount(pilotCount)}</p>
              <ul>
                {groups.map(({ parent, pilots }) => (
                  <li key={parent?.id ?? "top"}>
                    {parent && <span className="pilot-parent">{parent.name}</span>}
                    <span>{pilots.map((p) => p.name).join(" · ")}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">{t.pilotUnitsNone}</p>
          )
        ) : error ? (
          <UnitsProblem error={error} retry={retry} />
        ) : (
          <p className="muted">{t.loading}</p>
        )}
      </section>

      <footer className="public-footer">
        <Link to="/login" className="text-link" data-testid="staff-sign-in">
          {t.staffSignIn} →
        </Link>
      </footer>
    </PublicShell>
  );
}
