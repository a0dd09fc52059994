import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { roleAllows, type Role } from "./roles";

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The request's session, read once per request. */
export const getSession = cache(async () => auth.api.getSession({ headers: await headers() }));

/** The signed-in user if their role allows `required`, else null. Disabled users have no session. */
export async function signedInUser(required: Role = "editor"): Promise<SignedInUser | null> {
  const session = await getSession();
  const user = session?.user;
  if (!user || user.banned || !roleAllows(user.role, required)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
}
