"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { SourcePicker, type SourceChoice } from "@/components/forms/source-picker";
import type { FormValues } from "@/lib/actions/action-state";
import { assessExpectation, saveExpectation } from "@/lib/actions/expectations";
import { ASSESSMENT_LABELS } from "@/lib/domain/labels";

export function ExpectationForm({
  sources,
  initialValues,
  isNew,
}: {
  sources: SourceChoice[];
  initialValues: FormValues;
  isNew: boolean;
}) {
  return (
    <ActionForm
      action={saveExpectation}
      initialValues={initialValues}
      label={isNew ? "New expectation" : "Expectation"}
    >
      <HiddenField name="id" />
      <HiddenField name="version" />
      <HiddenField name="roundId" />
      <TextArea
        name="text"
        label="What was expected"
        required
        rows={3}
        hint="As voiced before the round; quote where you can."
      />
      <TextField
        name="expectedBy"
        label="Expected by"
        required
        hint="Who said so, e.g. “Wendy Cutler, Asia Society Policy Institute”."
      />
      <SourcePicker sources={sources} />
      <SubmitButton>{isNew ? "Add expectation" : "Save"}</SubmitButton>
    </ActionForm>
  );
}

export function AssessExpectationForm({ initialValues }: { initialValues: FormValues }) {
  return (
    <ActionForm action={assessExpectation} initialValues={initialValues} label="Assessment">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <SelectField
        name="assessment"
        label="Assessment"
        required
        options={Object.entries(ASSESSMENT_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextArea
        name="assessmentNote"
        label="What happened"
        rows={3}
        hint="Required once assessed; readers see it beside the assessment. Cite its sources with the expectation."
      />
      <SubmitButton>Record assessment</SubmitButton>
    </ActionForm>
  );
}
