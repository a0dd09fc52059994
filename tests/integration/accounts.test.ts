import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actAs, submit } from "./helpers/editor-session";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.PARLEY_SECRET_FILE = path.join(db.dir, "secret");
});

afterAll(async () => {
  await db.cleanup();
});

describe("the first admin", () => {
  it("comes from the set-up form only while there is no admin, and the password is never echoed back", async () => {
    const { createFirstAdmin } = await import("@/lib/actions/setup");
    await actAs(null);
    const weak = await submit(createFirstAdmin, { name: "Ada", email: "ada@parley.test", password: "short" });
    expect(weak.fieldErrors?.password?.[0]).toMatch(/at least 12/);
    expect(weak.values?.password).toBeUndefined();
    expect(await db.prisma.user.count()).toBe(0);

    const created = await submit(createFirstAdmin, {
      name: "Ada",
      email: "Ada@Parley.test",
      password: "a long enough passphrase",
    });
    expect(created.redirectedTo).toBe("/edit?welcome=1");
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: "ada@parley.test" } })).toMatchObject({
      role: "admin",
      banned: false,
    });

    const second = await submit(createFirstAdmin, {
      name: "Eve",
      email: "eve@parley.test",
      password: "another long passphrase",
    });
    expect(second.message).toMatch(/already has an admin/);
    expect(await db.prisma.user.count()).toBe(1);
  });

  it("comes from ADMIN_EMAIL and ADMIN_PASSWORD only when no admin exists", async () => {
    const { ensureAdminFromEnv } = await import("@/lib/auth/accounts");
    expect(
      await ensureAdminFromEnv({ ADMIN_EMAIL: "env@parley.test", ADMIN_PASSWORD: "env admin passphrase" }),
    ).toBeNull();
    await db.prisma.user.updateMany({ data: { banned: true } });
    expect(
      await ensureAdminFromEnv({ ADMIN_EMAIL: "env@parley.test", ADMIN_PASSWORD: "env admin passphrase" }),
    ).toMatch(/created the first admin/);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: "env@parley.test" } })).toMatchObject({
      role: "admin",
    });
  });
});

describe("npm run user:add", () => {
  const run = (args: string[], password: string) =>
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/user-add.ts", ...args], {
      input: `${password}\n`,
      env: { ...process.env, DATABASE_URL: db.url },
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
    });

  it("creates an account with the password read from standard input", async () => {
    expect(
      run(["--email", "cli@parley.test", "--role", "editor", "--name", "Cli Editor"], "cli editor passphrase"),
    ).toMatch(/Created editor cli@parley.test/);
    const { auth } = await import("@/lib/auth/auth");
    const signedIn = await auth.api.signInEmail({
      body: { email: "cli@parley.test", password: "cli editor passphrase" },
    });
    expect(signedIn.user.email).toBe("cli@parley.test");
  });

  it("refuses a short password and an unknown role, creating nothing", async () => {
    const before = await db.prisma.user.count();
    expect(() => run(["--email", "x@parley.test", "--role", "editor"], "short")).toThrow(/at least 12/);
    expect(() => run(["--email", "y@parley.test", "--role", "owner"], "long enough passphrase")).toThrow(/role/);
    expect(await db.prisma.user.count()).toBe(before);
  });
});
