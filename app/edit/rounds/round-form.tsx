"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxGroup, HiddenField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { SourcePicker } from "@/components/forms/source-picker";
import type { FormValues } from "@/lib/actions/action-state";
import { saveRound } from "@/lib/actions/rounds";
import { ROLE_LABELS, ROUND_KIND_LABELS, ROUND_STATUS_LABELS, SIDE_LABELS } from "@/lib/domain/labels";
import type { FormChoices } from "@/lib/queries/editor";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function RoundForm({
  choices,
  initialValues,
  published,
}: {
  choices: FormChoices;
  initialValues: FormValues;
  published: boolean;
}) {
  const sides = [...new Set(choices.participants.map((p) => p.side))];
  return (
    <ActionForm action={saveRound} initialValues={initialValues} label="Round">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="title" label="Title" required />
        <TextField
          name="slug"
          label="Address name"
          hint="Leave empty to make one from the title and month, e.g. madrid-talks-2025-09."
        />
        <SelectField name="kind" label="Kind" required options={options(ROUND_KIND_LABELS)} placeholder="Choose…" />
        <SelectField
          name="status"
          label="Status"
          required
          options={options(ROUND_STATUS_LABELS)}
          placeholder="Choose…"
        />
        <TextField name="sequence" label="Round number" type="number" hint="Formal negotiation rounds only." />
        <TextField name="lengthNote" label="Length" hint={'As reported, e.g. "six-hour session".'} />
      </div>
      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
        <legend className="px-1 text-sm font-semibold">When, in the venue&apos;s time zone</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <TextField name="startDate" label="Start date" type="date" required />
          <TextField name="startTime" label="Start time" type="time" hint="Leave both times empty for whole days." />
          <TextField name="endDate" label="End date" type="date" required />
          <TextField name="endTime" label="End time" type="time" />
          <TextField name="timeZone" label="Time zone" list="time-zones" required hint="e.g. Europe/Madrid" />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="venue" label="Venue" />
        <TextField name="city" label="City" />
        <TextField name="country" label="Country" />
      </div>
      <TextArea name="summary" label="Summary" required rows={3} />
      <TextArea
        name="outcome"
        label="Outcome"
        rows={4}
        hint="What was agreed or announced, as the sources report it."
      />
      <fieldset className="space-y-2 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
        <legend className="px-1 text-sm font-semibold">Who took part</legend>
        {sides.map((side) => (
          <div key={side}>
            <h3 className="mb-1 text-sm font-medium">{SIDE_LABELS[side]}</h3>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {choices.participants
                .filter((p) => p.side === side)
                .map((p) => (
                  <SelectField
                    key={p.id}
                    name={`role_${p.id}`}
                    label={p.name}
                    hint={p.office}
                    options={options(ROLE_LABELS)}
                    placeholder="Not present"
                  />
                ))}
            </div>
          </div>
        ))}
      </fieldset>
      <CheckboxGroup
        name="issueIds"
        legend="Issues discussed"
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
