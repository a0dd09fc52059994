import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accounts, actAs, seededAppDatabase, submit } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";
import { headers } from "../support/next-headers";
import type { FormValues } from "@/lib/actions/action-state";

let db: FreshDatabase;
let saveUpdate: typeof import("@/lib/actions/updates").saveUpdate;
let addUser: typeof import("@/lib/actions/users").addUser;
let editorId: string;
let adminId: string;
/** Every line any test here printed: none may hold a password, an email address or a secret. */
const printed: string[] = [];
/** What each test submitted that must never be logged. */
const secrets = new Set<string>();

beforeAll(async () => {
  db = await seededAppDatabase();
  ({ saveUpdate } = await import("@/lib/actions/updates"));
  ({ addUser } = await import("@/lib/actions/users"));
  editorId = (await db.prisma.user.findUniqueOrThrow({ where: { email: accounts.editor.email } })).id;
  adminId = (await db.prisma.user.findUniqueOrThrow({ where: { email: accounts.admin.email } })).id;
  for (const account of Object.values(accounts)) [account.email, account.password].forEach((s) => secrets.add(s));
});

afterAll(async () => {
  await db.cleanup();
});

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The lines printed on the console while `act` runs, each parsed as JSON (a line that is not JSON fails the test). */
async function logsOf<T>(act: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const sessionToken = (await headers()).get("cookie")?.split("=").slice(1).join("=");
  if (sessionToken) secrets.add(sessionToken);
  const raw: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      raw.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(" "));
    }),
  );
  try {
    const result = await act();
    return { result, lines: raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
  } finally {
    for (const spy of spies) spy.mockRestore();
    printed.push(...raw);
  }
}

async function updateForm(title: string): Promise<FormValues> {
  return {
    kind: "REPORT",
    title,
    body: "Logged write.",
    occurredOn: "2026-11-20",
    timeZone: "UTC",
    sourceIds: [String((await db.prisma.source.findFirstOrThrow()).id)],
    intent: "publish",
  };
}

/** A real fault in the real database: every insert into `table` fails, naming a table that does not exist. */
async function withFault<T>(table: string, act: () => Promise<T>): Promise<T> {
  const [create, drop] =
    db.store === "postgresql"
      ? [
          [
            "CREATE FUNCTION injected_fault() RETURNS trigger AS $$ BEGIN INSERT INTO injected_fault VALUES (1); RETURN NEW; END $$ LANGUAGE plpgsql",
            `CREATE TRIGGER injected_fault BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION injected_fault()`,
          ],
          [`DROP TRIGGER injected_fault ON "${table}"`, "DROP FUNCTION injected_fault()"],
        ]
      : [
          [
            `CREATE TRIGGER injected_fault BEFORE INSERT ON "${table}" BEGIN INSERT INTO injected_fault VALUES (1); END`,
          ],
          ["DROP TRIGGER injected_fault"],
        ];
  // One statement per call: PostgreSQL's driver prepares each, and a prepared statement is one statement.
  for (const statement of create) await db.prisma.$executeRawUnsafe(statement);
  try {
    return await act();
  } finally {
    for (const statement of drop) await db.prisma.$executeRawUnsafe(statement);
  }
}

describe("an editor's save", () => {
  it("logs one info line: the action, the user's id, each record written with its version, the duration, the outcome", async () => {
    await actAs(accounts.editor);
    const { result, lines } = await logsOf(async () => submit(saveUpdate, await updateForm("A logged save")));
    expect(result.redirectedTo).toBeTruthy();
    const stored = await db.prisma.update.findFirstOrThrow({ where: { title: "A logged save" } });
    expect(lines).toEqual([
      {
        level: "info",
        time: expect.stringMatching(ISO_TIME),
        message: "editor action saved",
        action: "saveUpdate",
        userId: editorId,
        outcome: "saved",
        durationMs: expect.any(Number),
        records: [{ entity: "update", id: stored.id, version: 1, change: "create" }],
      },
    ]);
  });
});

describe("a refused save", () => {
  const refusal = (reason: string, userId: string | null, extra: Record<string, unknown> = {}) => ({
    level: ["unauthenticated", "forbidden"].includes(reason) ? "warn" : "info",
    time: expect.stringMatching(ISO_TIME),
    message: "editor action refused",
    userId,
    outcome: "refused",
    durationMs: expect.any(Number),
    reason,
    ...extra,
  });

  it("logs one line with the reason: invalid fields by name, never their values", async () => {
    await actAs(accounts.editor);
    const { result, lines } = await logsOf(async () =>
      submit(saveUpdate, { ...(await updateForm("")), timeZone: "Nowhere/Secret-Value" }),
    );
    expect(result.ok).toBe(false);
    expect(lines).toEqual([refusal("invalid", editorId, { action: "saveUpdate", fields: ["title", "timeZone"] })]);
    expect(JSON.stringify(lines)).not.toContain("Secret-Value");
  });

  it("logs a conflict with the record and the version the editor saw", async () => {
    await actAs(accounts.editor);
    const record = await db.prisma.update.findFirstOrThrow({ where: { title: "A logged save" } });
    const edit = async (title: string) => ({
      ...(await updateForm(title)),
      id: String(record.id),
      version: String(record.version),
      slug: record.slug,
    });
    expect((await submit(saveUpdate, await edit("Edited first"))).redirectedTo).toBeTruthy();
    const { result, lines } = await logsOf(async () => submit(saveUpdate, await edit("Edited from an old copy")));
    expect(result.conflict).toBeDefined();
    expect(lines).toEqual([
      refusal("conflict", editorId, {
        action: "saveUpdate",
        record: { entity: "update", id: record.id, seenVersion: record.version },
      }),
    ]);
  });

  it("logs a broken rule with the fields it concerns", async () => {
    await actAs(accounts.editor);
    const taken = await db.prisma.update.findFirstOrThrow({ where: { title: "Edited first" } });
    const { lines } = await logsOf(async () =>
      submit(saveUpdate, { ...(await updateForm("Same address")), slug: taken.slug }),
    );
    expect(lines).toEqual([refusal("rule", editorId, { action: "saveUpdate", fields: ["slug"] })]);
  });

  it("logs a visitor without a session and an editor calling an admin action as warnings", async () => {
    await actAs(null);
    const anonymous = await logsOf(async () => submit(saveUpdate, await updateForm("Anonymous")));
    expect(anonymous.lines).toEqual([refusal("unauthenticated", null, { action: "saveUpdate" })]);

    await actAs(accounts.editor);
    const newAccount = {
      email: "escalation@parley.test",
      name: "Escalation",
      password: "an editor's attempt at a password",
      role: "admin",
    };
    [newAccount.email, newAccount.password].forEach((s) => secrets.add(s));
    const escalation = await logsOf(() => submit(addUser, newAccount));
    expect(escalation.lines).toEqual([refusal("forbidden", editorId, { action: "addUser" })]);
  });
});

describe("a save that fails unexpectedly", () => {
  it("logs one error line with the detail and the stack, and tells the user only that nothing was saved", async () => {
    await actAs(accounts.editor);
    const { result, lines } = await logsOf(() =>
      withFault("Update", async () => submit(saveUpdate, await updateForm("Hits the fault"))),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "Something went wrong on our side and nothing was saved. Please try again.",
    });
    expect(JSON.stringify(result)).not.toMatch(/injected_fault|\bat .*\.ts/);
    expect(lines).toEqual([
      {
        level: "error",
        time: expect.stringMatching(ISO_TIME),
        message: "editor action failed",
        action: "saveUpdate",
        userId: editorId,
        outcome: "error",
        durationMs: expect.any(Number),
        error: expect.stringContaining("injected_fault"),
        stack: expect.stringMatching(/injected_fault[\s\S]*\n\s+at /),
      },
    ]);
    expect(await db.prisma.update.count({ where: { title: "Hits the fault" } })).toBe(0);
  });

  it("leaves the account form's email and password out of the line", async () => {
    await actAs(accounts.admin);
    const newAccount = {
      email: "new-editor@parley.test",
      name: "New Editor",
      password: "the new editor's own password",
      role: "editor",
    };
    [newAccount.email, newAccount.password].forEach((s) => secrets.add(s));
    const { result, lines } = await logsOf(() => withFault("Account", () => submit(addUser, newAccount)));
    expect(result.ok).toBe(false);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        message: "editor action failed",
        action: "addUser",
        userId: adminId,
        outcome: "error",
      }),
    ]);
  });
});

describe("every line logged above", () => {
  it("holds no password, email address, session cookie or the auth secret", () => {
    secrets.add(readFileSync(process.env.PARLEY_SECRET_FILE!, "utf8").trim());
    expect(printed.length).toBeGreaterThanOrEqual(8);
    for (const line of printed) {
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).not.toMatch(/@parley\.test/);
    }
  });
});
