import type { FreshDatabase } from "./fresh-database";
import { accounts, actAs, type TestAccount } from "./editor-session";

/**
 * Runs `act` as `account` after it was disabled with its session cookie still sent (as if the
 * disabling raced the request), then re-enables the account for the tests that follow.
 */
export async function asDisabledAccount<T>(db: FreshDatabase, account: TestAccount, act: () => Promise<T>): Promise<T> {
  await actAs(account);
  const where = { email: account.email };
  await db.prisma.user.update({ where, data: { banned: true } });
  try {
    return await act();
  } finally {
    await db.prisma.user.update({ where, data: { banned: false } });
  }
}

export function asDisabledEditor<T>(db: FreshDatabase, act: () => Promise<T>): Promise<T> {
  return asDisabledAccount(db, accounts.editor, act);
}
