export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

/** Whether a user's role grants what `required` asks: admins may do all that editors may. */
export function roleAllows(role: string | null | undefined, required: Role): boolean {
  if (role === "admin") return true;
  return required === "editor" && role === "editor";
}
