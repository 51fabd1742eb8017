import type { FormInstance } from "antd";
import { ApiError } from "./api.ts";
import type { Localized } from "./model.ts";

export type NamePath = (string | number)[];

/**
 * Puts an API answer's per-field messages on the form's fields. `nameOf` maps an API field path
 * ("opinions.0.title" → ["opinions", 0, "title"]) to a form field, or undefined when the form has
 * none; the messages that fit no field are answered, for an alert.
 */
export function placeFieldErrors(
  form: FormInstance,
  error: unknown,
  l: (text: Localized) => string,
  nameOf: (path: NamePath) => NamePath | undefined,
): string[] {
  if (!(error instanceof ApiError)) return [];
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  const rest: string[] = [];
  for (const [path, text] of Object.entries(error.fields)) {
    const segments = path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const name = nameOf(segments);
    if (!name) {
      rest.push(l(text));
      continue;
    }
    const key = name.join(".");
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(l(text));
    placed.set(key, entry);
  }
  form.setFields([...placed.values()]);
  return rest;
}

/** Clears the messages an earlier answer put on the form's fields (call before sending again). */
export function clearFieldErrors(form: FormInstance): void {
  form.setFields(
    form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => ({ name: field.name, errors: [] })),
  );
}

/** A `nameOf` for flat forms: the path's first segment, when it is one of the form's fields. */
export function firstSegmentIn(fields: readonly string[]): (path: NamePath) => NamePath | undefined {
  return (path) => {
    const first = path[0];
    return typeof first === "string" && fields.includes(first) ? [first] : undefined;
  };
}
