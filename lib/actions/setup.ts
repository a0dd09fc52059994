"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AccountError, adminExists, createAccount } from "../auth/accounts";
import { auth } from "../auth/auth";
import { newAccountSchema } from "../schemas/account";
import { formValues, type ActionState } from "./action-state";

/** The one-time set-up: creates the first admin, and only while there is none. */
export async function createFirstAdmin(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { password: _password, ...values } = formValues(formData);
  if (await adminExists()) return { ok: false, values, message: "Parley already has an admin. Sign in instead." };
  const parsed = newAccountSchema.safeParse({ ...formValues(formData), role: "admin" });
  if (!parsed.success)
    return {
      ok: false,
      values,
      message: "Please correct the fields marked below.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  try {
    await createAccount(parsed.data);
  } catch (error) {
    if (error instanceof AccountError)
      return { ok: false, values, message: error.message, fieldErrors: { email: [error.message] } };
    throw error;
  }
  await auth.api.signInEmail({
    body: { email: parsed.data.email, password: parsed.data.password },
    headers: await headers(),
  });
  redirect("/edit?welcome=1");
}
