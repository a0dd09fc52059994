"use client";

import type { ReactNode } from "react";
import { useField } from "./action-form";

const inputClass =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600 dark:border-stone-600 dark:bg-stone-900 dark:aria-invalid:border-red-400";

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
}

function FieldFrame({
  name,
  label,
  hint,
  required,
  children,
}: FieldProps & { children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode }) {
  const { id, errorId, errors } = useField(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errors ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required ? (
          <span className="text-red-700 dark:text-red-400" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(errors) })}
      {errors ? (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400" data-testid={`error-${name}`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const asText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function TextField({
  type = "text",
  autoComplete,
  list,
  ...props
}: FieldProps & { type?: string; autoComplete?: string; list?: string }) {
  const { value } = useField(props.name);
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={props.name}
          type={type}
          defaultValue={asText(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={props.required || undefined}
          autoComplete={autoComplete}
          list={list}
          className={inputClass}
        />
      )}
    </FieldFrame>
  );
}

export function TextArea({ rows = 4, ...props }: FieldProps & { rows?: number }) {
  const { value } = useField(props.name);
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={props.name}
          rows={rows}
          defaultValue={asText(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={props.required || undefined}
          className={inputClass}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  options,
  placeholder,
  ...props
}: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { value } = useField(props.name);
  return (
    <FieldFrame {...props}>
      {({ id, describedBy, invalid }) => (
        // Keyed on the value: React restores a select to its first default after a form action, not the new one.
        <select
          key={asText(value)}
          id={id}
          name={props.name}
          defaultValue={asText(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={props.required || undefined}
          className={inputClass}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of checkboxes sharing one name; the values come back as a list. */
export function CheckboxGroup({
  name,
  legend,
  options,
  hint,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
}) {
  const { id, errorId, value, errors } = useField(name);
  const checked = new Set(Array.isArray(value) ? value : value ? [value] : []);
  return (
    <fieldset aria-describedby={errors ? errorId : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? <p className="text-xs text-stone-600 dark:text-stone-400">{hint}</p> : null}
      <div className="mt-1 grid max-h-64 gap-1 overflow-y-auto rounded-md border border-stone-200 p-2 sm:grid-cols-2 dark:border-stone-700">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input
              key={String(checked.has(option.value))}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              id={`${id}-${option.value}`}
              className="mt-0.5"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {errors ? (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400" data-testid={`error-${name}`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function HiddenField({ name }: { name: string }) {
  const { value } = useField(name);
  return <input type="hidden" name={name} value={asText(value)} />;
}
