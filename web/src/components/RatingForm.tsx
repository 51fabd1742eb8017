import { type FormEvent, useRef, useState } from "react";
import { ApiError, api, errorText } from "../api.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { beijingTime, RATING_LABELS, RATINGS, type Rating, type TrackingView } from "../opinions.ts";
import { errorId } from "./PublicField.tsx";

/** The submitter rates the latest reply; unsatisfied sends it back once while a redo is left. */
export function RatingForm({ view, onRated }: { view: TrackingView; onRated: (next: TrackingView) => void }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const [rating, setRating] = useState<Rating>();
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<{ rating?: string; comment?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!rating) {
      setErrors({ rating: m.ratingRequired });
      return;
    }
    const body = { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) };
    const text = JSON.stringify(body);
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    setErrors({});
    try {
      const next = await api<TrackingView>(`/opinions/track/${encodeURIComponent(view.trackingCode)}/rating`, {
        body,
        headers: { "idempotency-key": pending.current.key },
      });
      pending.current = undefined;
      onRated(next);
    } catch (err) {
      const fields = err instanceof ApiError ? err.fields : {};
      setErrors({
        ...(fields.rating ? { rating: l(fields.rating) } : {}),
        ...(fields.comment ? { comment: l(fields.comment) } : {}),
        form: l(errorText(err)),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="op-rate" onSubmit={submit} noValidate data-testid="rating-form">
      <h2>{m.ratingTitle}</h2>
      <p className="muted">
        {m.ratingIntro} {view.redoLeft ? m.ratingRedo : m.ratingFinal}
        {view.ratingDueAt && <> {m.ratingDue(beijingTime(view.ratingDueAt).slice(0, 10))}</>}
      </p>
      <fieldset className="op-ratings" aria-describedby={errors.rating ? errorId("rating") : undefined}>
        {RATINGS.map((r) => (
          <label key={r} className="op-rating">
            <input
              type="radio"
              name="rating"
              value={r}
              checked={rating === r}
              onChange={() => {
                setRating(r);
                setErrors({});
              }}
            />
            {l(RATING_LABELS[r])}
          </label>
        ))}
      </fieldset>
      {errors.rating && (
        <p className="op-error" id={errorId("rating")} role="alert">
          {errors.rating}
        </p>
      )}
      <div className={errors.comment ? "op-field op-invalid" : "op-field"}>
        <label htmlFor="comment" className="op-label">
          {m.comment}
        </label>
        <textarea
          id="comment"
          className="op-input op-textarea"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? errorId("comment") : undefined}
        />
        {errors.comment && (
          <p className="op-error" id={errorId("comment")} role="alert">
            {errors.comment}
          </p>
        )}
      </div>
      {errors.form && !errors.comment && !errors.rating && (
        <div className="op-problem" role="alert">
          {errors.form}
        </div>
      )}
      <button type="submit" className="op-button op-primary" disabled={busy} data-testid="rating-submit">
        {m.rate}
      </button>
    </form>
  );
}
