"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { createFirstAdmin } from "@/lib/actions/setup";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

export function SetupForm() {
  return (
    <ActionForm
      action={createFirstAdmin}
      label="Create the first admin"
      className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <TextField name="name" label="Your name" autoComplete="name" required />
      <TextField name="email" label="Email" type="email" autoComplete="username" required />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <SubmitButton>Create admin and sign in</SubmitButton>
    </ActionForm>
  );
}
