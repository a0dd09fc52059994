import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { userWithRole, type Role, type SignedInUser } from "./roles";

export type { SignedInUser };

/** The request's session, read once per request. */
export const getSession = cache(async () => auth.api.getSession({ headers: await headers() }));

/** The signed-in user if their role allows `required`, else null. */
export async function signedInUser(required: Role = "editor"): Promise<SignedInUser | null> {
  return userWithRole(await getSession(), required);
}

/**
 * The signed-in user whose role allows `required`, from this request's own session; for anyone
 * else the request ends here. A visitor without a valid session is sent to sign in; a signed-in
 * editor asking for what only admins may see gets a 404, which tells nothing about what is there.
 * Outside a render (a script, a test) both are thrown errors.
 */
export async function requireUser(required: Role = "editor"): Promise<SignedInUser> {
  const session = await getSession();
  const user = userWithRole(session, required);
  if (user) return user;
  if (userWithRole(session, "editor")) notFound();
  redirect("/sign-in?next=/edit");
}
