"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { SourcePicker, type SourceChoice } from "@/components/forms/source-picker";
import type { FormValues } from "@/lib/actions/action-state";
import { extendDeadline, resolveDeadline } from "@/lib/actions/deadlines";

export function ExtendDeadlineForm({ sources, initialValues }: { sources: SourceChoice[]; initialValues: FormValues }) {
  return (
    <ActionForm action={extendDeadline} initialValues={initialValues} label="Extend the deadline">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="dueDate" label="New due date" type="date" required />
        <TextField name="dueTime" label="New due time" type="time" hint="Empty for the whole day." />
        <TextField name="timeZone" label="Time zone" list="time-zones" required />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="setBy" label="Set by" required hint="e.g. Executive Order 14350" />
        <TextField name="setOn" label="Date it was set" type="date" required />
      </div>
      <TextArea name="note" label="Note" rows={2} />
      <SourcePicker sources={sources} />
      <SubmitButton>Extend</SubmitButton>
    </ActionForm>
  );
}

export function ResolveDeadlineForm({
  sources,
  initialValues,
}: {
  sources: SourceChoice[];
  initialValues: FormValues;
}) {
  return (
    <ActionForm action={resolveDeadline} initialValues={initialValues} label="Record the outcome">
      <HiddenField name="id" />
      <HiddenField name="version" />
      <SelectField
        name="status"
        label="Outcome"
        required
        placeholder="Choose…"
        options={[
          { value: "MET", label: "Met" },
          { value: "LAPSED", label: "Lapsed" },
          { value: "MOOT", label: "Moot" },
        ]}
      />
      <TextArea
        name="resolutionNote"
        label="What happened"
        required
        rows={3}
        hint="As readers will see it, e.g. “Met: the joint venture closed on 22 January 2026, a day before the deadline.”"
      />
      <TextField name="resolvedOn" label="Date" type="date" required />
      <SourcePicker sources={sources} />
      <SubmitButton>Record outcome</SubmitButton>
    </ActionForm>
  );
}
