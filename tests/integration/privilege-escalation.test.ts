import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headers, setRequestHeaders } from "../support/next-headers";
import { asDisabledAccount, asDisabledEditor } from "./helpers/disabled-editor";
import { accounts, actAs, submit, seededAppDatabase, type TestAccount } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";
import type { ActionState, FormValues } from "@/lib/actions/action-state";
import { contentRows } from "./helpers/raw-sql";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

// Every server action Parley has, by who may call it. A new action fails the first test below
// until it is placed here, so an admin-only one cannot slip in untested.
const ADMIN_ONLY = ["addUser", "disableUser", "enableUser", "endUserSessions", "restoreVersion"];
const FOR_EDITORS = [
  "saveRound",
  "saveUpdate",
  "changeIssueStatus",
  "extendDeadline",
  "resolveDeadline",
  "saveParticipant",
  "saveSource",
  "saveExpectation",
  "assessExpectation",
];
/** Not editor actions: the sign-in and sign-out, and the set-up that works only while there is no admin. */
const OWN_RULES = ["signIn", "signOut", "createFirstAdmin"];

const target: TestAccount = {
  email: "target@parley.test",
  password: "target password long enough",
  name: "Target",
  role: "editor",
};
const disabledTarget: TestAccount = {
  email: "disabled@parley.test",
  password: "disabled password long enough",
  name: "Disabled",
  role: "editor",
};
const leaver: TestAccount = {
  email: "leaver@parley.test",
  password: "leaver password long enough",
  name: "Leaver",
  role: "editor",
};

let db: FreshDatabase;
let actions: Map<string, Action>;
const ids = { admin: "", editor: "", target: "", disabledTarget: "", leaver: "", sourceCreated: 0, source: 0 };

/** The exported functions of every "use server" module in lib/actions. */
async function serverActions(): Promise<Map<string, Action>> {
  const dir = path.resolve(import.meta.dirname, "../../lib/actions");
  const found = new Map<string, Action>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    if (!readFileSync(path.join(dir, file), "utf8").trimStart().startsWith('"use server"')) continue;
    const exported = (await import(`../../lib/actions/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported))
      if (typeof value === "function") found.set(name, value as Action);
  }
  return found;
}

beforeAll(async () => {
  db = await seededAppDatabase();
  actions = await serverActions();
  const { createAccount } = await import("@/lib/auth/accounts");
  for (const account of [target, disabledTarget, leaver]) await createAccount(account);
  await db.prisma.user.update({ where: { email: disabledTarget.email }, data: { banned: true } });
  const users = await db.prisma.user.findMany({ select: { id: true, email: true } });
  const idOf = (email: string) => users.find((u) => u.email === email)!.id;
  Object.assign(ids, {
    admin: idOf(accounts.admin.email),
    editor: idOf(accounts.editor.email),
    target: idOf(target.email),
    disabledTarget: idOf(disabledTarget.email),
    leaver: idOf(leaver.email),
  });

  // A record with two versions, for restoreVersion to bring the first back.
  await actAs(accounts.editor);
  const source = { url: "https://example.org/privilege-test", publisher: "Example Wire", title: "First title" };
  await submit(actions.get("saveSource")!, source);
  const created = await db.prisma.source.findFirstOrThrow({ where: { url: source.url } });
  await submit(actions.get("saveSource")!, { ...source, id: String(created.id), version: "1", title: "Second title" });
  const event = await db.prisma.auditEvent.findFirstOrThrow({
    where: { entityType: "source", entityId: created.id, action: "create" },
  });
  Object.assign(ids, { sourceCreated: event.id, source: created.id });
});

afterAll(async () => {
  await db.cleanup();
});

/** Every account, session, credential and audit row, and all content: what an admin action could change. */
async function everything() {
  const p = db.prisma;
  const [users, sessions, credentials, audit] = await Promise.all([
    p.user.findMany({ orderBy: { id: "asc" } }),
    p.session.findMany({ orderBy: { id: "asc" } }),
    p.account.findMany({ orderBy: { id: "asc" } }),
    p.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { users, sessions, credentials, audit, content: await contentRows(db.url) };
}

function refused(state: ActionState & { redirectedTo?: string }) {
  expect(state.ok).toBe(false);
  expect(state.redirectedTo).toBeUndefined();
}

it("every server action is classified as admin-only, for editors, or under rules of its own", () => {
  expect([...actions.keys()].sort()).toEqual([...ADMIN_ONLY, ...FOR_EDITORS, ...OWN_RULES].sort());
});

describe("admin-only actions", () => {
  // A valid form for each, so that the control (an admin sending the same form) succeeds and a
  // refusal can only be the caller's doing.
  const rows: { name: string; form: () => FormValues }[] = [
    {
      name: "addUser",
      form: () => ({
        name: "Mallory",
        email: "mallory@parley.test",
        password: "mallory password long enough",
        role: "admin",
      }),
    },
    { name: "disableUser", form: () => ({ userId: ids.target }) },
    { name: "enableUser", form: () => ({ userId: ids.disabledTarget }) },
    { name: "endUserSessions", form: () => ({ userId: ids.target }) },
    { name: "restoreVersion", form: () => ({ eventId: String(ids.sourceCreated), currentVersion: "2" }) },
  ];

  it("are exactly the rows of the table below", () => {
    expect(rows.map((r) => r.name).sort()).toEqual([...ADMIN_ONLY].sort());
  });

  it.each(rows)(
    "$name is refused to an editor, a disabled admin, a disabled editor and a visitor, writing nothing; an admin's same form goes through",
    async ({ name, form }) => {
      const action = actions.get(name)!;
      const callers: [string, <T>(act: () => Promise<T>) => Promise<T>][] = [
        ["an editor", async (act) => (await actAs(accounts.editor), act())],
        ["a disabled admin", (act) => asDisabledAccount(db, accounts.admin, act)],
        ["a disabled editor", (act) => asDisabledEditor(db, act)],
        ["a visitor", async (act) => (await actAs(null), act())],
      ];
      for (const [who, as] of callers) {
        await as(async () => {
          const before = await everything();
          const state = await submit(action, form());
          refused(state);
          expect(state.message, who).toMatch(/role does not allow|not signed in/);
          expect(await everything(), `${name} by ${who} wrote`).toEqual(before);
        });
      }

      await actAs(accounts.admin);
      const before = await everything();
      const state = await submit(action, form());
      expect(state.ok || Boolean(state.redirectedTo), `${name} by an admin: ${state.message}`).toBe(true);
      expect(await everything()).not.toEqual(before);
    },
  );
});

describe("an editor raising their own role", () => {
  it("gets nowhere through any admin action, with their own account in every field", async () => {
    const own = {
      userId: ids.editor,
      email: accounts.editor.email,
      name: accounts.editor.name,
      password: "a new password long enough",
      role: "admin",
      eventId: "1",
      currentVersion: "1",
    };
    for (const name of ADMIN_ONLY) {
      await actAs(accounts.editor);
      const before = await everything();
      refused(await submit(actions.get(name)!, own));
      expect(await everything(), name).toEqual(before);
    }
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: ids.editor } })).role).toBe("editor");
  });

  it("gets nowhere with account fields added to their own saves: each is stored as theirs, no account changes", async () => {
    const sourceIds = [String(ids.source)];
    const [he, tariffs] = await Promise.all([
      db.prisma.participant.findUniqueOrThrow({ where: { slug: "he-lifeng" } }),
      db.prisma.issue.findUniqueOrThrow({ where: { slug: "tariffs" } }),
    ]);
    const tampering = {
      role: "admin",
      userId: ids.admin,
      "user.role": "admin",
      "user[role]": "admin",
      banned: "false",
      emailVerified: "true",
      createdBy: ids.admin,
    };
    const saves: [string, FormValues][] = [
      ["saveSource", { url: "https://example.org/tampered", publisher: "Example Wire", title: "A tampered source" }],
      [
        "saveUpdate",
        {
          title: "A tampered update",
          kind: "STATEMENT",
          body: "Text.",
          occurredOn: "2026-11-01",
          timeZone: "UTC",
          sourceIds,
          intent: "publish",
        },
      ],
      ["saveParticipant", { name: "A Tampered Person", office: "Office", side: "OTHER", sourceIds }],
      [
        "saveRound",
        {
          title: "A tampered round",
          kind: "NEGOTIATION_ROUND",
          status: "SCHEDULED",
          startDate: "2026-12-08",
          endDate: "2026-12-09",
          timeZone: "Europe/Zurich",
          summary: "Summary.",
          [`role_${he.id}`]: "LEAD",
          issueIds: [String(tariffs.id)],
          sourceIds,
          intent: "publish",
        },
      ],
    ];
    await actAs(accounts.editor);
    const { users, sessions, credentials } = await everything();
    for (const [name, form] of saves) {
      const state = await submit(actions.get(name)!, { ...form, ...tampering });
      expect(state.redirectedTo ?? state.message, name).toMatch(/saved|^\/edit/);
      const latest = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(latest.userId, `${name} is recorded as the editor's`).toBe(ids.editor);
    }
    expect(await everything()).toMatchObject({ users, sessions, credentials });
  });

  it("gets nowhere through the add-user form's role field, even as an admin: only the roles it offers", async () => {
    await actAs(accounts.admin);
    for (const role of ["owner", "superadmin", "ADMIN", ["editor", "admin"]]) {
      const before = await everything();
      refused(
        await submit(actions.get("addUser")!, {
          name: "Odd Role",
          email: "odd-role@parley.test",
          password: "odd role password long",
          role,
        }),
      );
      expect(await everything(), JSON.stringify(role)).toEqual(before);
    }
  });
});

describe("an admin ending an editor's access", () => {
  /** Signs the leaver in and returns their browser's cookie, to send again after the admin acts. */
  async function leaverCookie(): Promise<string> {
    await actAs(leaver);
    return (await headers()).get("cookie")!;
  }
  const asLeaverWith = (cookie: string) =>
    setRequestHeaders({ origin: "http://localhost:3000", host: "localhost:3000", cookie });
  const url = "https://example.org/saved-after-access-ended";
  const save = () =>
    submit(actions.get("saveSource")!, { url, publisher: "Example Wire", title: "Saved after access ended" });
  const written = async () => ({
    sources: await db.prisma.source.count({ where: { url } }),
    audit: await db.prisma.auditEvent.count({ where: { userId: ids.leaver } }),
  });

  it("disabling the account ends its sessions: a save with the old cookie is refused, and stays refused once re-enabled", async () => {
    const cookie = await leaverCookie();
    await actAs(accounts.admin);
    expect((await submit(actions.get("disableUser")!, { userId: ids.leaver })).ok).toBe(true);
    expect(await db.prisma.session.count({ where: { userId: ids.leaver } })).toBe(0);
    asLeaverWith(cookie);
    expect((await save()).message).toMatch(/not signed in/);

    await actAs(accounts.admin);
    expect((await submit(actions.get("enableUser")!, { userId: ids.leaver })).ok).toBe(true);
    asLeaverWith(cookie);
    expect((await save()).message).toMatch(/not signed in/);
    expect(await written()).toEqual({ sources: 0, audit: 0 });
  });

  it("ending the sessions signs the editor out everywhere: a save with the old cookie is refused", async () => {
    const cookie = await leaverCookie();
    await actAs(accounts.admin);
    expect((await submit(actions.get("endUserSessions")!, { userId: ids.leaver })).message).toMatch(/Ended 1 session/);
    asLeaverWith(cookie);
    expect((await save()).message).toMatch(/not signed in/);
    expect(await written()).toEqual({ sources: 0, audit: 0 });
  });
});
