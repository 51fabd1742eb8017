import { type FormEvent, useEffect, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router-dom";
import { api, errorText } from "../api.ts";
import { OpinionSubmitted } from "../components/OpinionSubmitted.tsx";
import { errorId } from "../components/PublicField.tsx";
import { PublicShell } from "../components/PublicShell.tsx";
import { RatingForm } from "../components/RatingForm.tsx";
import { TrackingSteps } from "../components/TrackingSteps.tsx";
import type { OpinionMessages } from "../i18n-opinions.ts";
import { useLanguage, usePageTitle } from "../language.tsx";
import {
  beijingTime,
  type Category,
  cleanCode,
  groupCode,
  RATING_LABELS,
  STATUS_LABELS,
  TRACK_PATH,
  type TrackingView,
  type TrackState,
  trackPath,
} from "../opinions.ts";
import "../opinions.css";
import { findUnit, useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/** /opinions/track and /opinions/track/:code: follow an opinion by its tracking code, and rate the reply. */
export function OpinionTrack() {
  const { code } = useParams();
  return <PublicShell>{code ? <Tracking key={code} code={cleanCode(code)} /> : <CodeEntry />}</PublicShell>;
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

/**
 * What the submitter reads above the replies: a declined opinion gets none (its reason is a step),
 * a merged one shows the replies of the opinion it joined.
 */
function replyNote(view: TrackingView, m: OpinionMessages): string | undefined {
  if (view.status === "declined") return m.declinedNote;
  if (view.status === "merged") return m.mergedNote;
  return view.replies.length === 0 ? m.noReply : undefined;
}

function Tracking({ code }: { code: string }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  usePageTitle(m.pageTitle(code));
  const location = useLocation();
  const navigate = useNavigate();
  // The form hands over the code it just got; the panel shows once, not again on reload or return.
  const [justSubmitted] = useState(() => (location.state as TrackState | null)?.submitted === code);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, to drop the hand-over from history.
  useEffect(() => {
    if (location.state) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, []);
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
    <>
      {justSubmitted && <OpinionSubmitted code={code} />}
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
              {view.mergedStatus && (
                <span className="muted" data-testid="tracking-merged-status">
                  {" "}
                  {m.mergedStatus(l(STATUS_LABELS[view.mergedStatus]))}
                </span>
              )}
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
              {/* Internal codes mean nothing to the public: a dash while the names cannot be loaded. */}
              <dd>{category ? l(category) : "—"}</dd>
              <dt>{m.colUnit}</dt>
              <dd>{unitName ?? "—"}</dd>
              <dt>{m.submittedAt}</dt>
              <dd>{beijingTime(view.createdAt)}</dd>
            </dl>

            <h2>{m.replies}</h2>
            {replyNote(view, m) && (
              <p className="muted" data-testid="tracking-reply-note">
                {replyNote(view, m)}
              </p>
            )}
            {view.replies.length > 0 && (
              <ul className="op-replies" data-testid="tracking-replies">
                {view.replies.map((reply) => (
                  <li key={reply.at}>
                    <span className="op-step-time">{beijingTime(reply.at)}</span>
                    <p className="op-reply-text">{reply.text}</p>
                  </li>
                ))}
              </ul>
            )}

            {view.canRate ? (
              <RatingForm key={view.replies.length} view={view} onRated={(next) => setRated({ code, view: next })} />
            ) : (
              rated?.code === code && (
                <p className="op-rated" role="status" data-testid="rating-done">
                  {m.rated}
                </p>
              )
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
    </>
  );
}
