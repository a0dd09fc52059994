export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

interface SessionUser {
  id: string;
  name: string;
  email: string;
  role?: string | null;
  banned?: boolean | null;
}

/** Whether a user's role grants what `required` asks: admins may do all that editors may. */
export function roleAllows(role: string | null | undefined, required: Role): boolean {
  if (role === "admin") return true;
  return required === "editor" && role === "editor";
}

/** The user of a session if their role allows `required`, else null. A disabled account has no rights. */
export function userWithRole(session: { user: SessionUser } | null | undefined, required: Role): SignedInUser | null {
  const user = session?.user;
  if (!user || user.banned || !roleAllows(user.role, required)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
}
