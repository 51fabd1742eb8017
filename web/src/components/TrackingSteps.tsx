import { useLanguage } from "../language.tsx";
import { ACTION_LABELS, beijingTime, labelOf, RATING_LABELS, STATUS_LABELS, type TrackingView } from "../opinions.ts";

/**
 * Every public step of an opinion, oldest first: when, what was done and the status it left,
 * with the reply or decline reason as plain text (never markup).
 */
export function TrackingSteps({ steps }: { steps: TrackingView["history"] }) {
  const { t, l } = useLanguage();
  return (
    <ol className="op-steps" data-testid="tracking-steps">
      {/* The history is append-only, and one step of a kind per instant: time and action name a step. */}
      {steps.map((step) => (
        <li key={`${step.at}-${step.action}`} data-action={step.action}>
          <span className="op-step-time">{beijingTime(step.at)}</span>
          <strong>{labelOf(ACTION_LABELS, step.action, l)}</strong>
          <span className="muted"> · {l(STATUS_LABELS[step.status])}</span>
          {step.rating && <span> · {t.opinions.yourRating(l(RATING_LABELS[step.rating]))}</span>}
          {step.text && <p className="op-step-text">{step.text}</p>}
        </li>
      ))}
    </ol>
  );
}
