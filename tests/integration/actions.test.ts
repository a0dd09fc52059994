import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invalidatedTags } from "../support/next-cache";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

let db: FreshDatabase;
let actions: {
  rounds: typeof import("@/lib/actions/rounds");
  updates: typeof import("@/lib/actions/updates");
  issues: typeof import("@/lib/actions/issues");
  deadlines: typeof import("@/lib/actions/deadlines");
  users: typeof import("@/lib/actions/users");
};
let reader: {
  rounds: typeof import("@/lib/queries/rounds");
  deadlines: typeof import("@/lib/queries/deadlines");
  issues: typeof import("@/lib/queries/issues");
  updates: typeof import("@/lib/queries/updates");
};

beforeAll(async () => {
  db = await seededAppDatabase();
  actions = {
    rounds: await import("@/lib/actions/rounds"),
    updates: await import("@/lib/actions/updates"),
    issues: await import("@/lib/actions/issues"),
    deadlines: await import("@/lib/actions/deadlines"),
    users: await import("@/lib/actions/users"),
  };
  reader = {
    rounds: await import("@/lib/queries/rounds"),
    deadlines: await import("@/lib/queries/deadlines"),
    issues: await import("@/lib/queries/issues"),
    updates: await import("@/lib/queries/updates"),
  };
});

afterAll(async () => {
  await db.cleanup();
});

beforeEach(() => {
  invalidatedTags.length = 0;
});

/** Everything an action could write, to prove a refused one wrote nothing. */
async function everything() {
  const p = db.prisma;
  const [rounds, participations, updates, issues, changes, deadlines, sources, audit, users] = await Promise.all([
    p.round.findMany({ orderBy: { id: "asc" } }),
    p.participation.findMany({ orderBy: [{ roundId: "asc" }, { participantId: "asc" }] }),
    p.update.findMany({ orderBy: { id: "asc" } }),
    p.issue.findMany({ orderBy: { id: "asc" } }),
    p.issueStatusChange.findMany({ orderBy: { id: "asc" } }),
    p.deadline.findMany({ orderBy: { id: "asc" } }),
    p.source.findMany({ orderBy: { id: "asc" } }),
    p.auditEvent.count(),
    p.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, banned: true } }),
  ]);
  return { rounds, participations, updates, issues, changes, deadlines, sources, audit, users };
}

const ids = async () => {
  const p = db.prisma;
  const [bessent, he, tariffs, tiktok, source] = await Promise.all([
    p.participant.findUniqueOrThrow({ where: { slug: "scott-bessent" } }),
    p.participant.findUniqueOrThrow({ where: { slug: "he-lifeng" } }),
    p.issue.findUniqueOrThrow({ where: { slug: "tariffs" } }),
    p.issue.findUniqueOrThrow({ where: { slug: "tiktok" } }),
    p.source.findFirstOrThrow(),
  ]);
  return { bessent: bessent.id, he: he.id, tariffs: tariffs.id, tiktok: tiktok.id, source: source.id };
};

async function validRound() {
  const id = await ids();
  return {
    title: "Geneva follow-up talks",
    kind: "NEGOTIATION_ROUND",
    status: "SCHEDULED",
    startDate: "2026-12-08",
    endDate: "2026-12-09",
    timeZone: "Europe/Zurich",
    city: "Geneva",
    summary: "Bessent and He Lifeng meet again.",
    [`role_${id.bessent}`]: "LEAD",
    [`role_${id.he}`]: "LEAD",
    issueIds: [String(id.tariffs)],
    sourceIds: [String(id.source)],
    intent: "publish",
  };
}

describe("saveRound", () => {
  it("refuses an anonymous request and writes nothing", async () => {
    const before = await everything();
    await actAs(null);
    const state = await submit(actions.rounds.saveRound, await validRound());
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/not signed in/);
    expect(await everything()).toEqual(before);
  });

  it("refuses a disabled editor and writes nothing", async () => {
    await actAs(accounts.editor);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: accounts.editor.email } });
    await db.prisma.user.update({ where: { id: user.id }, data: { banned: true } });
    const before = await everything();
    const state = await submit(actions.rounds.saveRound, await validRound());
    await db.prisma.user.update({ where: { id: user.id }, data: { banned: false } });
    expect(state.ok).toBe(false);
    expect({ ...(await everything()), users: before.users }).toEqual(before);
  });

  it("returns an error for each invalid field, keeps the input and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const input = {
      ...(await validRound()),
      endDate: "2026-12-01",
      timeZone: "Mars/Olympus",
      title: "  ",
      sourceIds: [],
    };
    const state = await submit(actions.rounds.saveRound, input);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.title?.[0]).toMatch(/required/);
    expect(state.fieldErrors?.timeZone?.[0]).toMatch(/time zone/);
    expect(state.fieldErrors?.sourceIds?.[0]).toMatch(/source/);
    expect(state.values?.summary).toBe(input.summary);
    expect(await everything()).toEqual(before);
  });

  it("refuses an end before the start", async () => {
    await actAs(accounts.editor);
    const state = await submit(actions.rounds.saveRound, { ...(await validRound()), endDate: "2026-12-01" });
    expect(state.fieldErrors?.endDate?.[0]).toMatch(/after the start/);
  });

  let created: { id: number; version: number; slug: string };

  it("stores a valid round with its people, issue and source, audits it and refreshes exactly its pages", async () => {
    await actAs(accounts.editor);
    const state = await submit(actions.rounds.saveRound, await validRound());
    expect(state.redirectedTo).toMatch(/^\/edit\/rounds\/\d+\?saved=1$/);
    const round = await db.prisma.round.findFirstOrThrow({
      where: { title: "Geneva follow-up talks" },
      include: { participations: true, issues: true },
    });
    created = { id: round.id, version: round.version, slug: round.slug };
    expect(round.slug).toBe("geneva-follow-up-talks-2026-12");
    expect(round.startsAt.toISOString()).toBe("2026-12-07T23:00:00.000Z");
    expect(round.endsAt.toISOString()).toBe("2026-12-09T23:00:00.000Z");
    expect(round.participations).toHaveLength(2);
    expect(round.publishedAt).not.toBeNull();
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "round", entityId: round.id } });
    expect(audit.action).toBe("create");
    expect(JSON.parse(audit.after!).title).toBe("Geneva follow-up talks");
    expect(invalidatedTags).toEqual(
      expect.arrayContaining([
        "rounds",
        `round:${round.slug}`,
        "issue:tariffs",
        "participant:scott-bessent",
        "participant:he-lifeng",
      ]),
    );
    expect(invalidatedTags).not.toContain("issue:tiktok");
    expect((await reader.rounds.getRound(round.slug))?.participations).toHaveLength(2);
    expect((await reader.rounds.latestAndNextRound()).next?.slug).toBe(round.slug);
  });

  it("refuses a save based on a stale version, says what changed and overwrites nothing", async () => {
    await actAs(accounts.editor);
    const first = await submit(actions.rounds.saveRound, {
      ...(await validRound()),
      id: String(created.id),
      version: String(created.version),
      title: "Geneva follow-up talks (day two added)",
    });
    expect(first.redirectedTo).toBeDefined();
    const before = await everything();
    const stale = await submit(actions.rounds.saveRound, {
      ...(await validRound()),
      id: String(created.id),
      version: String(created.version),
      title: "An older edit",
    });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/Someone else saved/);
    expect(stale.conflict).toEqual(
      expect.arrayContaining([
        { field: "title", was: "Geneva follow-up talks", now: "Geneva follow-up talks (day two added)" },
      ]),
    );
    expect(await everything()).toEqual(before);
  });

  it("keeps drafts from readers", async () => {
    await actAs(accounts.editor);
    await submit(actions.rounds.saveRound, {
      ...(await validRound()),
      title: "Secret draft talks",
      intent: "draft",
      sourceIds: [],
    });
    const draft = await db.prisma.round.findFirstOrThrow({ where: { title: "Secret draft talks" } });
    expect(draft.publishedAt).toBeNull();
    expect(await reader.rounds.getRound(draft.slug)).toBeNull();
  });
});

describe("saveUpdate", () => {
  const validUpdate = async () => ({
    kind: "STATEMENT",
    title: "MOFCOM comments on the talks",
    body: "China's commerce ministry **welcomes** the talks. <script>alert(1)</script>",
    occurredOn: "2026-11-20",
    timeZone: "Asia/Shanghai",
    issueIds: [String((await ids()).tiktok)],
    sourceUrl: "https://example.org/mofcom",
    sourcePublisher: "Example Wire",
    sourceTitle: "MOFCOM comments",
    intent: "publish",
  });

  it("refuses an anonymous request and writes nothing", async () => {
    const before = await everything();
    await actAs(null);
    expect((await submit(actions.updates.saveUpdate, await validUpdate())).ok).toBe(false);
    expect(await everything()).toEqual(before);
  });

  it("requires every field of a typed-in source, and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const state = await submit(actions.updates.saveUpdate, {
      ...(await validUpdate()),
      sourceUrl: "javascript:alert(1)",
      sourceTitle: "",
    });
    expect(state.fieldErrors?.sourceUrl?.[0]).toMatch(/http/);
    expect(state.fieldErrors?.sourceTitle?.[0]).toBeDefined();
    expect(await everything()).toEqual(before);
  });

  it("stores a published update with its new source, audited, and readers see it", async () => {
    await actAs(accounts.editor);
    const state = await submit(actions.updates.saveUpdate, await validUpdate());
    expect(state.redirectedTo).toMatch(/^\/edit\/updates\/\d+/);
    const update = await db.prisma.update.findFirstOrThrow({
      where: { title: "MOFCOM comments on the talks" },
      include: { sources: true },
    });
    expect(update.sources.map((s) => s.url)).toEqual(["https://example.org/mofcom"]);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "update", entityId: update.id } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "source", entityId: update.sources[0]!.id } })).toBe(
      1,
    );
    expect(invalidatedTags).toEqual(expect.arrayContaining(["updates", "issue:tiktok"]));
    expect((await reader.updates.latestUpdates(3)).map((u) => u.slug)).toContain(update.slug);
  });

  it("refuses an edit of an update that has gone, and one that names no version, writing nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const gone = await submit(actions.updates.saveUpdate, {
      ...(await validUpdate()),
      title: "An edit of nothing",
      id: "999999",
      version: "1",
    });
    expect(gone.message).toBe("This update no longer exists; nothing was saved.");
    const existing = await db.prisma.update.findFirstOrThrow({ where: { publishedAt: { not: null } } });
    const unversioned = await submit(actions.updates.saveUpdate, {
      ...(await validUpdate()),
      title: "An edit with no version",
      id: String(existing.id),
    });
    expect(unversioned.message).toMatch(/Someone else saved this record/);
    expect(await everything()).toEqual(before);
  });
});

describe("changeIssueStatus", () => {
  it("refuses a status that does not change, and writes nothing", async () => {
    await actAs(accounts.editor);
    const issue = await db.prisma.issue.findUniqueOrThrow({ where: { slug: "tiktok" } });
    const before = await everything();
    const state = await submit(actions.issues.changeIssueStatus, {
      issueId: String(issue.id),
      version: String(issue.version),
      toStatus: issue.status,
      changedOn: "2026-11-20",
      timeZone: "America/New_York",
      note: "No change",
      sourceIds: [String((await ids()).source)],
    });
    expect(state.fieldErrors?.toStatus?.[0]).toMatch(/already/);
    expect(await everything()).toEqual(before);
  });

  it("appends to the history without rewriting it, and refuses a stale version", async () => {
    await actAs(accounts.editor);
    const issue = await db.prisma.issue.findUniqueOrThrow({
      where: { slug: "port-fees" },
      include: { statusChanges: true },
    });
    const form = {
      issueId: String(issue.id),
      version: String(issue.version),
      toStatus: "ESCALATED",
      changedOn: "2026-11-12",
      timeZone: "America/New_York",
      note: "Fees back on.",
      sourceIds: [String((await ids()).source)],
    };
    expect((await submit(actions.issues.changeIssueStatus, form)).redirectedTo).toBeDefined();
    const after = await db.prisma.issue.findUniqueOrThrow({
      where: { id: issue.id },
      include: { statusChanges: { orderBy: { id: "asc" } } },
    });
    expect(after.status).toBe("ESCALATED");
    expect(after.statusChanges.slice(0, -1)).toEqual(issue.statusChanges);
    expect(after.statusChanges.at(-1)).toMatchObject({ fromStatus: issue.status, toStatus: "ESCALATED" });
    expect(invalidatedTags).toEqual(expect.arrayContaining(["issues", "issue:port-fees"]));
    expect((await reader.issues.getIssue("port-fees"))?.status).toBe("ESCALATED");

    const before = await everything();
    const stale = await submit(actions.issues.changeIssueStatus, { ...form, toStatus: "RESOLVED" });
    expect(stale.conflict?.some((c) => c.field === "status")).toBe(true);
    expect(await everything()).toEqual(before);
  });
});

describe("extendDeadline and resolveDeadline", () => {
  const notice46 = () =>
    db.prisma.deadline.findUniqueOrThrow({ where: { slug: "china-notice-46-suspension-2026-11-27" } });

  it("refuses an extension to an earlier date, and writes nothing", async () => {
    await actAs(accounts.editor);
    const deadline = await notice46();
    const before = await everything();
    const state = await submit(actions.deadlines.extendDeadline, {
      id: String(deadline.id),
      version: String(deadline.version),
      dueDate: "2026-11-01",
      timeZone: "Asia/Shanghai",
      setBy: "Test",
      setOn: "2026-11-20",
      sourceIds: [String((await ids()).source)],
    });
    expect(state.fieldErrors?.dueDate?.[0]).toMatch(/after the current one/);
    expect(await everything()).toEqual(before);
  });

  it("adds a new deadline to the chain, marks the old one extended and keeps its date", async () => {
    await actAs(accounts.editor);
    const deadline = await notice46();
    const state = await submit(actions.deadlines.extendDeadline, {
      id: String(deadline.id),
      version: String(deadline.version),
      dueDate: "2027-11-27",
      timeZone: "Asia/Shanghai",
      setBy: "MOFCOM announcement",
      setOn: "2026-11-20",
      sourceIds: [String((await ids()).source)],
    });
    expect(state.redirectedTo).toMatch(/saved=extended/);
    const old = await notice46();
    expect(old.status).toBe("EXTENDED");
    expect(old.dueAt).toEqual(deadline.dueAt);
    const chain = await reader.deadlines.getDeadlineWithChain(deadline.slug);
    expect(chain?.chain).toHaveLength(2);
    expect(chain?.chain[1]?.dueAt.toISOString()).toBe("2027-11-26T16:00:00.000Z");
    expect(invalidatedTags).toEqual(
      expect.arrayContaining([
        "deadlines",
        `deadline:${deadline.slug}`,
        `deadline:${chain!.chain[1]!.slug}`,
        "issue:rare-earths",
      ]),
    );

    const again = await submit(actions.deadlines.extendDeadline, {
      id: String(deadline.id),
      version: String(old.version),
      dueDate: "2028-11-27",
      timeZone: "Asia/Shanghai",
      setBy: "Test",
      setOn: "2026-11-20",
      sourceIds: [String((await ids()).source)],
    });
    expect(again.message).toMatch(/already extended/);
  });

  it("records an outcome with a note, audited", async () => {
    await actAs(accounts.editor);
    const deadline = await db.prisma.deadline.findUniqueOrThrow({
      where: { slug: "us-port-fees-suspension-2026-11-09" },
    });
    const state = await submit(actions.deadlines.resolveDeadline, {
      id: String(deadline.id),
      version: String(deadline.version),
      status: "LAPSED",
      resolutionNote: "Lapsed: fees resumed.",
      resolvedOn: "2026-11-10",
      sourceIds: [String((await ids()).source)],
    });
    expect(state.redirectedTo).toMatch(/saved=resolved/);
    const after = await db.prisma.deadline.findUniqueOrThrow({ where: { id: deadline.id } });
    expect(after).toMatchObject({
      status: "LAPSED",
      resolutionNote: "Lapsed: fees resumed.",
      version: deadline.version + 1,
    });
    expect(
      await db.prisma.auditEvent.count({ where: { entityType: "deadline", entityId: deadline.id, action: "resolve" } }),
    ).toBe(1);
  });
});

// Every admin action refused to editors, disabled accounts and visitors: privilege-escalation.test.ts.
describe("user management (admins only)", () => {
  it("lets an admin add, disable and re-enable an editor; disabling ends their sessions", async () => {
    await actAs(accounts.admin);
    expect(
      (
        await submit(actions.users.addUser, {
          name: "New Editor",
          email: "new@parley.test",
          password: "new editor password",
          role: "editor",
        })
      ).redirectedTo,
    ).toBeDefined();
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "new@parley.test" } });
    await actAs({ email: "new@parley.test", password: "new editor password", name: "New Editor", role: "editor" });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    await actAs(accounts.admin);
    expect((await submit(actions.users.disableUser, { userId: user.id })).ok).toBe(true);
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).banned).toBe(true);
    expect((await submit(actions.users.enableUser, { userId: user.id })).ok).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).banned).toBe(false);
  });

  it("refuses a duplicate account with a message next to the email", async () => {
    await actAs(accounts.admin);
    const state = await submit(actions.users.addUser, {
      name: "Again",
      email: accounts.editor.email,
      password: "long enough password",
      role: "editor",
    });
    expect(state.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });
});

describe("restoreVersion (admins only)", () => {
  it("refuses an editor, restores an earlier version as a new audited version for an admin, and refuses a stale one", async () => {
    const restore = (await import("@/lib/actions/restore")).restoreVersion;
    const round = await db.prisma.round.findFirstOrThrow({
      where: { title: { startsWith: "Geneva follow-up talks" } },
    });
    const created = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "round", entityId: round.id, action: "create" },
    });

    await actAs(accounts.editor);
    const before = await everything();
    expect(
      (await submit(restore, { eventId: String(created.id), currentVersion: String(round.version) })).message,
    ).toMatch(/role does not allow/);
    expect(await everything()).toEqual(before);

    await actAs(accounts.admin);
    const state = await submit(restore, { eventId: String(created.id), currentVersion: String(round.version) });
    expect(state.redirectedTo).toMatch(/restored=1/);
    const restored = await db.prisma.round.findUniqueOrThrow({
      where: { id: round.id },
      include: { participations: true },
    });
    expect(restored.title).toBe("Geneva follow-up talks");
    expect(restored.version).toBe(round.version + 1);
    expect(restored.participations).toHaveLength(2);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "round", entityId: round.id },
      orderBy: { id: "desc" },
    });
    expect(audit.action).toBe("restore");

    const stale = await submit(restore, { eventId: String(created.id), currentVersion: String(round.version) });
    expect(stale.message).toMatch(/Someone else saved/);
  });
});

describe("signIn", () => {
  it("throttles guessing: after five failures even the right password waits", async () => {
    const { signIn } = await import("@/lib/actions/session");
    await actAs(null);
    for (let i = 0; i < 5; i++) {
      const state = await submit(signIn, { email: accounts.admin.email, password: `wrong guess ${i}` });
      expect(state.message).toMatch(/do not match/);
    }
    const blocked = await submit(signIn, { email: accounts.admin.email, password: accounts.admin.password });
    expect(blocked.message).toMatch(/Too many failed attempts. Try again in 15 minutes/);
    expect(blocked.values?.password).toBeUndefined();
  });

  it("forgets an account's failures once it signs in", async () => {
    const { signIn } = await import("@/lib/actions/session");
    await actAs(null);
    const guess = (i: number) => submit(signIn, { email: accounts.editor.email, password: `wrong guess ${i}` });
    for (let i = 0; i < 4; i++) expect((await guess(i)).message).toMatch(/do not match/);
    expect(
      (await submit(signIn, { email: accounts.editor.email, password: accounts.editor.password })).redirectedTo,
    ).toBe("/edit");
    for (let i = 0; i < 4; i++) expect((await guess(i)).message).toMatch(/do not match/);
    expect(
      (await submit(signIn, { email: accounts.editor.email, password: accounts.editor.password })).redirectedTo,
    ).toBe("/edit");
  });
});
