import path from "node:path";
import { setRequestHeaders } from "../../support/next-headers";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { seedIfEmpty } from "@/prisma/seed/seed";
import type { ActionState, FormValues } from "@/lib/actions/action-state";

const ORIGIN = "http://localhost:3000";

export interface TestAccount {
  email: string;
  password: string;
  name: string;
  role: "admin" | "editor";
}

export const accounts = {
  admin: { email: "admin@parley.test", password: "admin password long enough", name: "Admin", role: "admin" },
  editor: { email: "editor@parley.test", password: "editor password long enough", name: "Editor", role: "editor" },
} satisfies Record<string, TestAccount>;

/** Creates the accounts through the app's own account code (the database is this test file's). */
export async function createAccounts() {
  const { createAccount } = await import("@/lib/auth/accounts");
  for (const account of Object.values(accounts)) await createAccount(account);
}

/** Makes the following action calls come from this account's browser: a real session cookie. */
export async function actAs(account: TestAccount | null) {
  if (!account) {
    setRequestHeaders({ origin: ORIGIN, host: "localhost:3000" });
    return;
  }
  const { auth } = await import("@/lib/auth/auth");
  setRequestHeaders({ origin: ORIGIN, host: "localhost:3000" });
  const { headers } = await auth.api.signInEmail({
    body: { email: account.email, password: account.password },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  setRequestHeaders({ origin: ORIGIN, host: "localhost:3000", cookie });
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Calls an action as its form would; a redirect (Next's way to end a successful save) is returned, not thrown. */
export async function submit(action: Action, values: FormValues): Promise<ActionState & { redirectedTo?: string }> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) formData.append(name, v);
  }
  try {
    return await action({ ok: false }, formData);
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return { ok: true, redirectedTo: digest.split(";")[2] };
    throw error;
  }
}

/**
 * A fresh, migrated and seeded database for this test file, which the app's own modules
 * (lib/db.ts, the auth instance) will open when first imported, with the test accounts in it.
 */
export async function seededAppDatabase(): Promise<FreshDatabase> {
  const db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  process.env.DATABASE_URL = db.url;
  process.env.PARLEY_SECRET_FILE = path.join(db.dir, "secret");
  await createAccounts();
  return db;
}
