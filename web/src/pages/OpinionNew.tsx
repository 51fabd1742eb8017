import { type FormEvent, type InputHTMLAttributes, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { ApiError, api, errorText, query } from "../api.ts";
import { errorId, PublicField } from "../components/PublicField.tsx";
import { PublicShell } from "../components/PublicShell.tsx";
import { UnitsProblem } from "../components/UnitsProblem.tsx";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import {
  CONTENT_MAX,
  charCount,
  checkFields,
  EMPTY_FIELDS,
  type FieldErrors,
  type FieldName,
  fieldOf,
  lengthError,
  type OpinionFields,
  placeGroups,
  submitBody,
  TITLE_MAX,
  townsOf,
} from "../opinionForm.ts";
import { type Category, type PublicDelegate, type TrackState, trackPath } from "../opinions.ts";
import "../opinions.css";
import { findUnit, useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/** A failure of the whole submission (not of one field). */
type Problem = { kind: "duplicate"; code: string } | { kind: "message"; text: string };

/** /opinions/new: the public opinion form, no account, phone first; plain HTML controls. */
export function OpinionNew() {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const { units, error: unitsError, retry: retryUnits } = useUnits();
  const categories = useLoad("categories", (signal) => api<{ items: Category[] }>("/categories", { signal }));
  const [fields, setFields] = useState<OpinionFields>(EMPTY_FIELDS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  /** One key per form fill: resending the same content reuses it, so a retry never stores it twice. */
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);

  const groups = useMemo(() => (units ? placeGroups(units) : []), [units]);
  const county = units && fields.county ? findUnit(units, fields.county) : undefined;
  const towns = townsOf(county);
  const unitId = fields.town || fields.county;
  const delegates = useLoad(unitId || undefined, (signal) =>
    api<{ items: PublicDelegate[] }>(`/delegates${query({ unit: unitId })}`, { signal }),
  );

  const set = <K extends keyof OpinionFields>(name: K, value: OpinionFields[K]) => {
    setFields((f) => {
      const next = { ...f, [name]: value };
      // A new place has other towns and delegates.
      if (name === "county") Object.assign(next, { town: "", delegateId: "" });
      if (name === "town") next.delegateId = "";
      return next;
    });
    // Editing a field clears its message, unless the text is (still) too long: pasted text is never cut.
    const tooLong = name === "website" ? undefined : lengthError(name as FieldName, value, m);
    if (name in errors || tooLong) setErrors((e) => ({ ...e, [name]: tooLong }));
  };

  // After a failed check or answer, bring the first wrong field into view (on a phone it is often
  // above); not while typing, when a length message comes and goes under the field in use.
  const scrollToError = useRef(false);
  useEffect(() => {
    if (!scrollToError.current) return;
    scrollToError.current = false;
    const first = Object.entries(errors).find(([, message]) => message)?.[0];
    if (!first) return;
    const field = formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`);
    field?.scrollIntoView?.({ block: "center" });
  }, [errors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    const found = checkFields(fields, m);
    scrollToError.current = true;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = submitBody(fields);
    const text = JSON.stringify(body);
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    try {
      const answer = await api<{ id: string; trackingCode: string }>("/opinions", {
        body,
        headers: { "idempotency-key": pending.current.key },
      });
      pending.current = undefined;
      // The success panel lives on the tracking page, so the address shown is the one to bookmark.
      const state: TrackState = { submitted: answer.trackingCode };
      navigate(trackPath(answer.trackingCode), { replace: true, state });
      window.scrollTo?.(0, 0);
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const failed = (err: unknown) => {
    if (err instanceof ApiError && err.code === "duplicate_opinion" && typeof err.extra.trackingCode === "string") {
      setProblem({ kind: "duplicate", code: err.extra.trackingCode });
      return;
    }
    if (err instanceof ApiError && err.status === 413) {
      setProblem({ kind: "message", text: m.tooLarge });
      return;
    }
    const placed: FieldErrors = {};
    const rest: string[] = [];
    if (err instanceof ApiError) {
      for (const [path, text] of Object.entries(err.fields)) {
        const name = fieldOf(path);
        if (name && !placed[name]) placed[name] = l(text);
        else rest.push(l(text));
      }
    }
    scrollToError.current = true;
    setErrors(placed);
    // A 429's message says when to retry; a 400 with every reason on its field says so in one line.
    const message = Object.keys(placed).length > 0 && rest.length === 0 ? m.fixFields : l(errorText(err));
    setProblem({ kind: "message", text: [message, ...rest].join(" ") });
  };

  // Masked names alike (王*) are told apart by their unit.
  const delegateLabel = (d: PublicDelegate) => {
    const unit = units && findUnit(units, d.unitId)?.name;
    return unit ? `${d.label}(${unit})` : d.label;
  };
  const invalid = (name: keyof FieldErrors) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": errorId(name) } : {};

  /** A one-line text box bound to a form field, with its error wired for screen readers. */
  const textInput = (
    name: "title" | "name" | "phone" | "memberNo",
    props: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange">,
  ) => (
    <input
      id={name}
      className="op-input"
      value={fields[name]}
      onChange={(e) => set(name, e.target.value)}
      {...invalid(name)}
      {...props}
    />
  );
  const activeCategories = (categories.data?.items ?? []).filter((c) => c.active);
  return (
    <PublicShell>
      <section className="op-card" data-testid="opinion-new">
        <h1>{m.formTitle}</h1>
        <p className="muted">{m.formIntro}</p>
        <form ref={formRef} onSubmit={submit} noValidate data-testid="opinion-form">
          {unitsError !== undefined && <UnitsProblem error={unitsError} retry={retryUnits} />}
          <PublicField id="county" label={m.county} error={errors.county}>
            <select
              id="county"
              className="op-input"
              value={fields.county}
              onChange={(e) => set("county", e.target.value)}
              {...invalid("county")}
            >
              <option value="">{units ? m.countyPick : t.loading}</option>
              {groups.map((group) =>
                group.parent ? (
                  <optgroup key={group.parent} label={group.parent}>
                    {group.places.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </optgroup>
                ) : (
                  group.places.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))
                ),
              )}
            </select>
          </PublicField>
          {towns.length > 0 && (
            <PublicField id="town" label={m.town}>
              <select id="town" className="op-input" value={fields.town} onChange={(e) => set("town", e.target.value)}>
                <option value="">{m.townAny}</option>
                {towns.map((town) => (
                  <option key={town.id} value={town.id}>
                    {town.name}
                  </option>
                ))}
              </select>
            </PublicField>
          )}
          <PublicField id="category" label={m.category} error={errors.category}>
            <select
              id="category"
              className="op-input"
              value={fields.category}
              onChange={(e) => set("category", e.target.value)}
              {...invalid("category")}
            >
              <option value="">{categories.data ? m.categoryPick : t.loading}</option>
              {activeCategories.map((c) => (
                <option key={c.id} value={c.id}>
                  {l(c)}
                </option>
              ))}
            </select>
          </PublicField>
          {categories.error !== undefined && (
            <p className="op-error">
              {l(errorText(categories.error))}{" "}
              <button type="button" className="op-link-button" onClick={categories.reload}>
                {t.retry}
              </button>
            </p>
          )}
          <PublicField
            id="title"
            label={m.title}
            error={errors.title}
            hint={<Counter testId="title-counter" text={fields.title} max={TITLE_MAX} format={m.chars} />}
          >
            {textInput("title", { placeholder: m.titlePlaceholder, autoComplete: "off" })}
          </PublicField>
          <PublicField
            id="content"
            label={m.content}
            error={errors.content}
            hint={<Counter testId="content-counter" text={fields.content} max={CONTENT_MAX} format={m.chars} />}
          >
            <textarea
              id="content"
              className="op-input op-textarea"
              value={fields.content}
              rows={6}
              placeholder={m.contentPlaceholder}
              onChange={(e) => set("content", e.target.value)}
              {...invalid("content")}
            />
          </PublicField>
          <PublicField id="delegateId" label={m.delegate} error={errors.delegateId}>
            <select
              id="delegateId"
              className="op-input"
              value={fields.delegateId}
              disabled={!unitId}
              onChange={(e) => set("delegateId", e.target.value)}
              {...invalid("delegateId")}
            >
              <option value="">{unitId ? m.delegateAny : m.delegatePickUnitFirst}</option>
              {(delegates.data?.items ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {delegateLabel(d)}
                </option>
              ))}
            </select>
          </PublicField>

          <fieldset className="op-fieldset">
            <legend>{m.contactLegend}</legend>
            <PublicField id="name" label={m.name} error={errors.name}>
              {textInput("name", { maxLength: 30, autoComplete: "name" })}
            </PublicField>
            <PublicField id="phone" label={m.phone} error={errors.phone}>
              {textInput("phone", {
                type: "tel",
                inputMode: "tel",
                maxLength: 20,
                placeholder: m.phonePlaceholder,
                autoComplete: "tel",
              })}
            </PublicField>
            <div className="op-field">
              <label className="op-check">
                <input type="checkbox" checked={fields.isMember} onChange={(e) => set("isMember", e.target.checked)} />
                <span>{m.isMember}</span>
              </label>
            </div>
            {fields.isMember && (
              <PublicField id="memberNo" label={m.memberNo} error={errors.memberNo}>
                {textInput("memberNo", { maxLength: 32, autoComplete: "off" })}
              </PublicField>
            )}
            <div className={errors.consent ? "op-field op-invalid" : "op-field"} data-field="consent">
              <label className="op-check">
                <input
                  type="checkbox"
                  id="consent"
                  checked={fields.consent}
                  onChange={(e) => set("consent", e.target.checked)}
                  {...invalid("consent")}
                />
                <span>{m.consent}</span>
              </label>
              {errors.consent && (
                <p className="op-error" id={errorId("consent")} role="alert">
                  {errors.consent}
                </p>
              )}
            </div>
          </fieldset>

          {/* The honeypot: off-screen and out of the tab order, so only bots fill it in. */}
          <div className="op-honeypot" aria-hidden="true">
            <label htmlFor="website">Website</label>
            <input
              id="website"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={fields.website}
              onChange={(e) => setFields((f) => ({ ...f, website: e.target.value }))}
            />
          </div>

          {problem?.kind === "duplicate" && (
            <div className="op-problem" role="alert" data-testid="opinion-duplicate">
              {m.duplicate}{" "}
              <Link to={trackPath(problem.code)} className="text-link">
                {m.duplicateLink} →
              </Link>
            </div>
          )}
          {problem?.kind === "message" && (
            <div className="op-problem" role="alert" data-testid="opinion-error">
              {problem.text}
            </div>
          )}
          <button type="submit" className="op-button op-primary op-submit" disabled={busy} data-testid="opinion-submit">
            {busy ? m.submitting : m.submit}
          </button>
        </form>
      </section>
    </PublicShell>
  );
}

/** "n / max" under a field, marked when over: the form counts rather than cutting pasted text. */
function Counter({
  text,
  max,
  format,
  testId,
}: {
  text: string;
  max: number;
  format: (n: number, max: number) => string;
  testId: string;
}) {
  const n = charCount(text);
  return (
    <span className={n > max ? "op-counter op-over" : "op-counter"} data-testid={testId}>
      {format(n, max)}
    </span>
  );
}
