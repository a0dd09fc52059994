"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { addUser, disableUser, enableUser, endUserSessions } from "@/lib/actions/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

export function AddUserForm() {
  return (
    <ActionForm action={addUser} initialValues={{ role: "editor" }} label="Add a user" className="space-y-3">
      <TextField name="name" label="Name" required />
      <TextField name="email" label="Email" type="email" required />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; pass it on privately.`}
      />
      <SelectField
        name="role"
        label="Role"
        options={[
          { value: "editor", label: "Editor" },
          { value: "admin", label: "Admin" },
        ]}
      />
      <SubmitButton>Add user</SubmitButton>
    </ActionForm>
  );
}

export function UserAccessButtons({ userId, disabled, name }: { userId: string; disabled: boolean; name: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm
        action={disabled ? enableUser : disableUser}
        initialValues={{ userId }}
        label={`${disabled ? "Enable" : "Disable"} ${name}`}
        className="flex flex-col gap-1"
      >
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary">{disabled ? "Enable" : "Disable"}</SubmitButton>
      </ActionForm>
      <ActionForm action={endUserSessions} label={`End ${name}'s sessions`} className="flex flex-col gap-1">
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary">End sessions</SubmitButton>
      </ActionForm>
    </div>
  );
}
