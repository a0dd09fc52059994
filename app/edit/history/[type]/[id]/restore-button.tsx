"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { restoreVersion } from "@/lib/actions/restore";

export function RestoreButton({
  eventId,
  currentVersion,
  label,
}: {
  eventId: number;
  currentVersion: number;
  label: string;
}) {
  return (
    <ActionForm action={restoreVersion} label={label} className="flex flex-col items-end gap-1">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="currentVersion" value={currentVersion} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
