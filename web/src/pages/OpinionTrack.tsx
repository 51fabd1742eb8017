import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api, errorText } from "../api.ts";
import { errorId } from "../components/PublicField.tsx";
import { PublicShell } from "../components/PublicShell.tsx";
import { RatingForm } from "../components/RatingForm.tsx";
import { TrackingSteps } from "../components/TrackingSteps.tsx";
import { useLanguage } from "../language.tsx";
import {
  beijingTime,
  type Category,
  cleanCode,
  groupCode,
  RATING_LABELS,
  STATUS_LABELS,
  TRACK_PATH,
  type TrackingView,
  trackPath,
} from "../opinions.ts";
import "../opinions.css";
import { findUnit, useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/** /opinions/track and /opinions/track/:code: follow an opinion by its tracking code, and rate the reply. */
export function OpinionTrack() {
  const { code } = useParams();
  return <PublicShell>{code ? <Tracking code={cleanCode(code)} /> : <CodeEntry />}</PublicShell>;
}

function CodeEntry() {
  const { t } = useLanguage();
  const m = t.opinions;
  const navigate = useNavigate();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = cleanCode(value);
    if (!code) {
      setError(m.codeRequired);
      return;
    }
    navigate(trackPath(code));
  };
  return (
    <section className="op-card" data-testid="opinion-track">
      <h1>{m.trackTitle}</h1>
      <p className="muted">{m.trackIntro}</p>
      <form onSubmit={submit} noValidate>
        <div className={error ? "op-field op-invalid" : "op-field"}>
          <label htmlFor="code" className="op-label">
            {m.codeLabel}
          </label>
          <input
            id="code"
            className="op-input"
            value={value}
            placeholder={m.codePlaceholder}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => {
              setValue(e.target.value);
              setError(undefined);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId("code") : undefined}
          />
          {error && (
            <p className="op-error" id={errorId("code")} role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="op-button op-primary op-submit">
          {m.lookUp}
        </button>
      </form>
    </section>
  );
}

function Tracking({ code }: { code: string }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const loaded = useLoad(code, (signal) =>
    api<TrackingView>(`/opinions/track/${encodeURIComponent(code)}`, { signal }),
  );
  // A rating answers with the new view; it replaces the loaded one until the code changes.
  const [rated, setRated] = useState<{ code: string; view: TrackingView }>();
  const view = rated?.code === code ? rated.view : loaded.data;
  const { units } = useUnits();
  const categories = useLoad("categories", (signal) => api<{ items: Category[] }>("/categories", { signal }));
  const category = categories.data?.items.find((c) => c.id === view?.category);
  const unitName = view && units ? findUnit(units, view.unitId)?.name : undefined;

  return (
    <section className="op-card" data-testid="opinion-tracking">
      <h1>{m.trackTitle}</h1>
      {loaded.error !== undefined && !view && (
        <div className="op-problem" role="alert" data-testid="tracking-error">
          {l(errorText(loaded.error))}{" "}
          <button type="button" className="op-link-button" onClick={loaded.reload}>
            {t.retry}
          </button>
        </div>
      )}
      {loaded.loading && !view && <p className="muted">{t.loading}</p>}
      {view && (
        <>
          <h2 className="op-title">{view.title}</h2>
          <p>
            <span className="op-status" data-testid="tracking-status">
              {l(STATUS_LABELS[view.status])}
            </span>
            {view.rating && (
              <span className="muted" data-testid="tracking-rating">
                {" "}
                {m.yourRating(l(RATING_LABELS[view.rating]))}
              </span>
            )}
          </p>
          <dl className="op-facts">
            <dt>{m.codeLabel}</dt>
            <dd>{groupCode(view.trackingCode)}</dd>
            <dt>{m.category}</dt>
            <dd>{category ? l(category) : view.category}</dd>
            <dt>{m.colUnit}</dt>
            <dd>{unitName ?? view.unitId}</dd>
            <dt>{m.submittedAt}</dt>
            <dd>{beijingTime(view.createdAt)}</dd>
          </dl>

          <h2>{m.replies}</h2>
          {view.replies.length > 0 ? (
            <ul className="op-replies" data-testid="tracking-replies">
              {view.replies.map((reply) => (
                <li key={reply.at}>
                  <span className="op-step-time">{beijingTime(reply.at)}</span>
                  <p className="op-reply-text">{reply.text}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{m.noReply}</p>
          )}

          {view.canRate && (
            <RatingForm key={view.replies.length} view={view} onRated={(next) => setRated({ code, view: next })} />
          )}

          <h2>{m.steps}</h2>
          <TrackingSteps steps={view.history} />
        </>
      )}
      <p>
        <Link to={TRACK_PATH} className="text-link">
          {m.otherCode}
        </Link>
      </p>
    </section>
  );
}
