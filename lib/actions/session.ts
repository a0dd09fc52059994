"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "../auth/auth";
import { clientAddress, rateLimitKey } from "../client-address";
import { env } from "../env";
import { logInfo } from "../log";
import { rateLimits } from "../rate-limits";
import { signInSchema } from "../schemas/sign-in";
import { formValues, type ActionState } from "./action-state";

/** The client's address as our own proxies report it (never an entry the client wrote), for throttling guesses. */
async function signInAddress(): Promise<string> {
  return rateLimitKey(clientAddress(await headers(), env.PARLEY_TRUSTED_PROXIES));
}

export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { password: _password, ...values } = formValues(formData);
  const parsed = signInSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    return {
      ok: false,
      values,
      message: "Please correct the fields marked below.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  const { email, password, next } = parsed.data;
  const ip = await signInAddress();
  const throttle = rateLimits().signIn;
  const wait = await throttle.retryAfter(email, ip);
  if (wait > 0) {
    return {
      ok: false,
      values,
      message: `Too many failed attempts. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`,
    };
  }
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await throttle.recordFailure(email, ip);
    // The address and the status, never the email: the log is not a list of who tried which account.
    logInfo("sign-in refused", { address: ip, status: error.status });
    const disabled = error.status === "FORBIDDEN";
    return {
      ok: false,
      values,
      message: disabled
        ? "This account has been disabled. Ask an admin."
        : "That email and password do not match an editor account.",
    };
  }
  await throttle.recordSuccess(email);
  redirect(next ?? "/edit");
}

export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in?signed-out=1");
}
