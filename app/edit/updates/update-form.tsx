"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, HiddenField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { SourcePicker } from "@/components/forms/source-picker";
import type { FormValues } from "@/lib/actions/action-state";
import { saveUpdate } from "@/lib/actions/updates";
import { UPDATE_KIND_LABELS } from "@/lib/domain/labels";
import type { FormChoices } from "@/lib/queries/editor";

export function UpdateForm({
  choices,
  initialValues,
  published,
}: {
  choices: FormChoices;
  initialValues: FormValues;
  published: boolean;
}) {
  return (
    <ActionForm action={saveUpdate} initialValues={initialValues} label="Update">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="title" label="Title" required />
        <TextField name="slug" label="Address name" hint="Leave empty to make one from the title and month." />
        <SelectField
          name="kind"
          label="Kind"
          required
          placeholder="Choose…"
          options={Object.entries(UPDATE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          name="roundId"
          label="Round (if any)"
          placeholder="None"
          options={choices.rounds.map((r) => ({ value: String(r.id), label: r.title }))}
        />
        <TextField name="occurredOn" label="Date" type="date" required />
        <TextField
          name="timeZone"
          label="Time zone of that date"
          list="time-zones"
          required
          hint="Where it happened: America/New_York for a US order."
        />
      </div>
      <TextArea
        name="body"
        label="Text"
        required
        rows={6}
        hint="Markdown: **bold**, _italic_, [links](https://…), lists. HTML is shown as text."
      />
      <CheckboxGroup
        name="issueIds"
        legend="Issues"
        options={choices.issues.map((i) => ({ value: String(i.id), label: i.title }))}
      />
      <SourcePicker sources={choices.sources} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="publish">
          {published ? "Save and keep published" : "Publish"}
        </SubmitButton>
        <SubmitButton name="intent" value="draft" variant="secondary">
          {published ? "Unpublish (save as draft)" : "Save as draft"}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
