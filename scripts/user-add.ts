// npm run user:add -- --email someone@example.org --role admin|editor [--name "Their Name"]
// Prompts for the password, or reads it from standard input when that is not a terminal.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { newAccountSchema } from "../lib/schemas/account";

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" } },
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Keep the typed password off the screen.
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
    write(s.startsWith("Password") ? s : "");
  const password = await rl.question("Password (not shown): ");
  rl.close();
  process.stdout.write("\n");
  return password;
}

const parsed = newAccountSchema.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? values.email?.split("@")[0],
  password: await readPassword(),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
  process.exit(1);
}
const { applyMigrations, migrationStatus } = await import("../lib/migrations/schema-engine");
const { databaseUrl } = await import("../lib/prisma-client");
// Applying migrations needs the database to itself; only do it when some are pending, so that
// accounts can be added while the app is serving.
if ((await migrationStatus(databaseUrl())).pending.length > 0) await applyMigrations(databaseUrl());
const { AccountError, createAccount } = await import("../lib/auth/accounts");
try {
  const user = await createAccount(parsed.data);
  console.log(`Created ${user.role} ${user.email}.`);
  process.exit(0);
} catch (error) {
  if (error instanceof AccountError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
