import type { ReactNode } from "react";

/**
 * One field of a public form, in plain HTML (the public pages stay light): its label, the control,
 * a hint and the message that says what is wrong. The control takes `aria-describedby={errorId(id)}`.
 */
export function PublicField({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={error ? "op-field op-invalid" : "op-field"} data-field={id}>
      <label htmlFor={id} className="op-label">
        {label}
      </label>
      {children}
      {hint && <div className="op-hint">{hint}</div>}
      {error && (
        <p className="op-error" id={errorId(id)} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const errorId = (id: string) => `${id}-error`;
