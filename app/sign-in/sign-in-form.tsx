"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { signIn } from "@/lib/actions/session";

export function SignInForm({ next }: { next?: string }) {
  return (
    <ActionForm
      action={signIn}
      label="Sign in"
      className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" label="Email" type="email" autoComplete="username" required />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton>Sign in</SubmitButton>
    </ActionForm>
  );
}
