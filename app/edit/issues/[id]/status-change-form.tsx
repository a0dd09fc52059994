"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { SourcePicker } from "@/components/forms/source-picker";
import type { FormValues } from "@/lib/actions/action-state";
import { changeIssueStatus } from "@/lib/actions/issues";
import { ISSUE_STATUS_LABELS } from "@/lib/domain/labels";
import type { FormChoices } from "@/lib/queries/editor";

export function StatusChangeForm({ choices, initialValues }: { choices: FormChoices; initialValues: FormValues }) {
  return (
    <ActionForm action={changeIssueStatus} initialValues={initialValues} label="Record a status change">
      <HiddenField name="issueId" />
      <HiddenField name="version" />
      <SelectField
        name="toStatus"
        label="New status"
        required
        placeholder="Choose…"
        options={Object.entries(ISSUE_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="changedOn" label="Date" type="date" required />
        <TextField name="timeZone" label="In which time zone" list="time-zones" required />
      </div>
      <TextArea name="note" label="What happened" required rows={3} />
      <SelectField
        name="roundId"
        label="At which round (if any)"
        placeholder="None"
        options={choices.rounds.map((r) => ({ value: String(r.id), label: r.title }))}
      />
      <SourcePicker sources={choices.sources} />
      <SubmitButton>Record change</SubmitButton>
    </ActionForm>
  );
}
