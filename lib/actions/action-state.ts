/** What every editor action returns to its form. */
export interface ActionState {
  ok: boolean;
  /** A sentence for the top of the form. */
  message?: string;
  /** Messages per field, shown next to the field they concern. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the user submitted, so the form keeps it after an error. */
  values?: FormValues;
  /** Set when the record changed since the editor opened it: what changed meanwhile. */
  conflict?: ConflictChange[];
}

export interface ConflictChange {
  field: string;
  /** The value when the editor opened the form. */
  was: string;
  /** The value saved by someone else since. */
  now: string;
}

export type FormValues = Record<string, string | string[]>;

export const initialActionState: ActionState = { ok: false };

/** A form's fields, keeping repeated names (checkbox groups, multi-selects) as lists. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = values[name];
    values[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}
