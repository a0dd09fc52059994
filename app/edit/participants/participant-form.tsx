"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { SourcePicker, type SourceChoice } from "@/components/forms/source-picker";
import type { FormValues } from "@/lib/actions/action-state";
import { saveParticipant } from "@/lib/actions/participants";
import { SIDE_LABELS } from "@/lib/domain/labels";

export function ParticipantForm({
  sources,
  initialValues,
  isNew,
}: {
  sources: SourceChoice[];
  initialValues: FormValues;
  isNew: boolean;
}) {
  return (
    <ActionForm action={saveParticipant} initialValues={initialValues} label="Participant">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" required autoComplete="off" />
        <TextField name="slug" label="Address name" hint="Leave empty to make one from the name, e.g. scott-bessent." />
        <TextField name="office" label="Office" required hint="As round pages show it, e.g. US Treasury Secretary." />
        <SelectField
          name="side"
          label="Side"
          required
          placeholder="Choose…"
          options={Object.entries(SIDE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextArea name="note" label="Note" rows={2} hint="Shown on the participant's page, e.g. when they took office." />
      <SourcePicker sources={sources} />
      <SubmitButton>{isNew ? "Add participant" : "Save"}</SubmitButton>
    </ActionForm>
  );
}
