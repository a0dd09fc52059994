import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";

export const E2E_DATABASE = path.resolve(`data/${process.env.E2E_NAME ?? "e2e"}.db`);
/** The test server's database: its SQLite file, or the PostgreSQL database the PostgreSQL run set up. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${E2E_DATABASE}`;

/** Creates an account in the test server's database (or another) through the real `user:add` command. */
export function addAccount(
  account: { email: string; password: string; role: "admin" | "editor"; name: string },
  databaseUrl = E2E_DATABASE_URL,
) {
  execFileSync(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "scripts/user-add.ts",
      "--email",
      account.email,
      "--role",
      account.role,
      "--name",
      account.name,
    ],
    {
      input: `${account.password}\n`,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
}

export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/edit/);
}
