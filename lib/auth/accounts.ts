import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { adminExists } from "../queries/record-exists";
import { auth } from "./auth";
import type { Role } from "./roles";

export { adminExists };

export class AccountError extends Error {}

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** Creates an account with a password. There is no public sign-up; this is the only way in. */
export async function createAccount({ email, name, password, role }: NewAccount) {
  const normalized = email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email: normalized }, select: { id: true } })) {
    throw new AccountError(`An account for ${normalized} already exists.`);
  }
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  const user = await context.internalAdapter.createUser(
    { email: normalized, name: name.trim(), role, emailVerified: true },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  return { id: user.id, email: normalized, role };
}

/** Disables (or re-enables) an account; disabling ends every session it has. */
export async function setAccountDisabled(tx: Prisma.TransactionClient, userId: string, disabled: boolean) {
  await tx.user.update({
    where: { id: userId },
    data: { banned: disabled, banReason: disabled ? "Disabled by an admin" : null },
  });
  if (disabled) await endSessions(tx, userId);
}

export async function endSessions(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  return (await tx.session.deleteMany({ where: { userId } })).count;
}

/**
 * The first admin from ADMIN_EMAIL and ADMIN_PASSWORD, when both are set and no admin exists yet.
 * Returns what it did, for the start-up log.
 */
export async function ensureAdminFromEnv(
  env: Record<string, string | undefined> = process.env,
): Promise<string | null> {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email || !password || (await adminExists())) return null;
  await createAccount({ email, password, name: env.ADMIN_NAME?.trim() || email.split("@")[0]!, role: "admin" });
  return `created the first admin, ${email}`;
}
