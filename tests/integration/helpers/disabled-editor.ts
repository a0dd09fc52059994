import type { FreshDatabase } from "./fresh-database";
import { accounts, actAs } from "./editor-session";

/**
 * Runs `act` as the editor account after an admin disabled it (its session cookie still sent),
 * then re-enables the account for the tests that follow.
 */
export async function asDisabledEditor<T>(db: FreshDatabase, act: () => Promise<T>): Promise<T> {
  await actAs(accounts.editor);
  const where = { email: accounts.editor.email };
  await db.prisma.user.update({ where, data: { banned: true } });
  try {
    return await act();
  } finally {
    await db.prisma.user.update({ where, data: { banned: false } });
  }
}
