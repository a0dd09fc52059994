"use client";

import { createContext, use, useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { initialActionState, type ActionState, type FormValues } from "@/lib/actions/action-state";

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const FormContext = createContext<{ state: ActionState; initial: FormValues; formId: string }>({
  state: initialActionState,
  initial: {},
  formId: "",
});

/**
 * A form bound to an editor action. After an error the fields show what the user submitted
 * (React resets uncontrolled fields after an action), each with its own message.
 */
export function ActionForm({
  action,
  initialValues = {},
  children,
  className = "space-y-5",
  label,
}: {
  action: FormAction;
  initialValues?: FormValues;
  children: ReactNode;
  className?: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const formId = useId();
  return (
    <FormContext value={{ state, initial: initialValues, formId }}>
      <form action={formAction} noValidate className={className} aria-label={label}>
        <FormMessage />
        {children}
      </form>
    </FormContext>
  );
}

export function useField(name: string) {
  const { state, initial, formId } = use(FormContext);
  const value = state.values ? state.values[name] : initial[name];
  const errors = state.fieldErrors?.[name];
  return { id: `${formId}-${name}`, errorId: `${formId}-${name}-error`, value, errors };
}

function FormMessage() {
  const { state } = use(FormContext);
  const region = useRef<HTMLDivElement>(null);
  // After a refused save, bring the summary into view: the submit button may be far below it.
  useEffect(() => {
    if (state.message && !state.ok) region.current?.focus();
  }, [state]);
  return (
    <div aria-live="polite" role="status" ref={region} tabIndex={-1} className="scroll-mt-4 outline-none">
      {state.message ? (
        <div
          className={`rounded-lg border p-3 text-sm ${state.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100" : "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"}`}
          data-testid="form-message"
        >
          <p className="font-medium">{state.message}</p>
          {state.conflict?.length ? (
            <table className="mt-2 w-full text-left text-xs" data-testid="conflict">
              <caption className="sr-only">What changed since you opened this form</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-2">
                    Field
                  </th>
                  <th scope="col" className="pr-2">
                    When you opened it
                  </th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {state.conflict.map((change) => (
                  <tr key={change.field} className="align-top">
                    <th scope="row" className="pr-2 font-mono font-normal">
                      {change.field}
                    </th>
                    <td className="pr-2 break-all">{change.was}</td>
                    <td className="break-all">{change.now}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary";
}) {
  const { pending } = useFormStatus();
  const style =
    variant === "primary"
      ? "bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      : "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${style}`}
    >
      {pending ? "Saving…" : children}
    </button>
  );
}
