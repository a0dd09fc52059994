"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/fields";
import type { FormValues } from "@/lib/actions/action-state";
import { saveSource } from "@/lib/actions/sources";

export function SourceForm({ initialValues, isNew }: { initialValues: FormValues; isNew: boolean }) {
  return (
    <ActionForm action={saveSource} initialValues={initialValues} label="Source">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <TextField name="url" label="Web address" type="url" required hint="https://… — each address is recorded once." />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="publisher"
          label="Publisher"
          required
          hint="e.g. Reuters, or “Nation Thailand (Reuters copy)”."
        />
        <TextField name="publishedOn" label="Publication date" type="date" hint="Leave empty if the page gives none." />
      </div>
      <TextField name="title" label="Title" required hint="The headline as published." />
      <SubmitButton>{isNew ? "Add source" : "Save"}</SubmitButton>
    </ActionForm>
  );
}
