import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invalidatedTags } from "../support/next-cache";
import { asDisabledEditor } from "./helpers/disabled-editor";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

let db: FreshDatabase;
let saveParticipant: typeof import("@/lib/actions/participants").saveParticipant;
let reader: {
  participants: typeof import("@/lib/queries/participants");
  rounds: typeof import("@/lib/queries/rounds");
};

beforeAll(async () => {
  db = await seededAppDatabase();
  ({ saveParticipant } = await import("@/lib/actions/participants"));
  reader = { participants: await import("@/lib/queries/participants"), rounds: await import("@/lib/queries/rounds") };
});

afterAll(async () => {
  await db.cleanup();
});

beforeEach(() => {
  invalidatedTags.length = 0;
});

/** Everything saving a participant could write, to prove a refused save wrote nothing. */
async function everything() {
  const p = db.prisma;
  const [participants, sources, audit] = await Promise.all([
    p.participant.findMany({
      orderBy: { id: "asc" },
      include: { sources: { select: { id: true }, orderBy: { id: "asc" } } },
    }),
    p.source.findMany({ orderBy: { id: "asc" } }),
    p.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { participants, sources, audit };
}

const firstSourceId = async () => String((await db.prisma.source.findFirstOrThrow({ orderBy: { id: "asc" } })).id);

const newParticipant = async () => ({
  name: "Ren Hongbin",
  office: "Minister of Commerce",
  side: "CHINA",
  note: "Took office in 2026.",
  sourceIds: [await firstSourceId()],
});

/** The edit form of a participant as the editor opened it. */
async function editForm(slug: string) {
  const p = await db.prisma.participant.findUniqueOrThrow({
    where: { slug },
    include: { sources: { select: { id: true } } },
  });
  return {
    id: String(p.id),
    version: String(p.version),
    name: p.name,
    slug: p.slug,
    office: p.office,
    side: p.side,
    note: p.note ?? "",
    sourceIds: p.sources.map((s) => String(s.id)),
  };
}

describe("saveParticipant", () => {
  it("refuses an anonymous request and writes nothing", async () => {
    const before = await everything();
    await actAs(null);
    const state = await submit(saveParticipant, await newParticipant());
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/not signed in/);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("refuses a disabled editor and writes nothing", async () => {
    const before = await everything();
    const state = await asDisabledEditor(db, async () =>
      submit(saveParticipant, { ...(await editForm("he-lifeng")), office: "Premier" }),
    );
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/role does not allow/);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("returns an error next to each invalid field, keeps the input and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const input = { ...(await newParticipant()), name: "  ", slug: "Not A Slug!", sourceIds: [] };
    const state = await submit(saveParticipant, input);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.name?.[0]).toMatch(/Name is required/);
    expect(state.fieldErrors?.slug?.[0]).toMatch(/lower-case/);
    expect(state.fieldErrors?.sourceIds?.[0]).toMatch(/source/);
    expect(state.values).toMatchObject({ office: input.office, note: input.note, slug: input.slug });
    const unknownSide = await submit(saveParticipant, { ...(await newParticipant()), side: "MARS" });
    expect(unknownSide.fieldErrors?.side?.[0]).toMatch(/Choose a side/);
    expect(unknownSide.values?.side).toBe("MARS");
    expect(await everything()).toEqual(before);
  });

  it("refuses an address another participant has, next to the address field", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const state = await submit(saveParticipant, { ...(await newParticipant()), name: "Scott Bessent" });
    expect(state.fieldErrors?.slug?.[0]).toMatch(/"scott-bessent" is taken/);
    expect(await everything()).toEqual(before);
  });

  it("rolls back a source typed in with the save when the save is refused inside its transaction", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const state = await submit(saveParticipant, {
      ...(await newParticipant()),
      sourceIds: ["999999"],
      sourceUrl: "https://example.org/ren-hongbin",
      sourcePublisher: "Example Wire",
      sourceTitle: "Ren Hongbin appointed",
    });
    expect(state.fieldErrors?.sourceIds?.[0]).toMatch(/removed/);
    expect(await everything()).toEqual(before);
  });

  it("stores a new participant with a slug from the name and a new source, audited; readers see them once in a published round", async () => {
    await actAs(accounts.editor);
    const state = await submit(saveParticipant, {
      ...(await newParticipant()),
      sourceUrl: "https://example.org/ren-hongbin",
      sourcePublisher: "Example Wire",
      sourceTitle: "Ren Hongbin appointed",
    });
    expect(state.redirectedTo).toMatch(/^\/edit\/participants\/\d+\?saved=1$/);
    const stored = await db.prisma.participant.findUniqueOrThrow({
      where: { slug: "ren-hongbin" },
      include: { sources: { orderBy: { id: "asc" } } },
    });
    expect(stored).toMatchObject({
      name: "Ren Hongbin",
      office: "Minister of Commerce",
      side: "CHINA",
      note: "Took office in 2026.",
      version: 1,
    });
    expect(stored.sources.map((s) => s.url)).toEqual([expect.any(String), "https://example.org/ren-hongbin"]);

    const audit = await db.prisma.auditEvent.findMany({ where: { entityType: "participant", entityId: stored.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", version: 1, before: null });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({
      name: "Ren Hongbin",
      sourceIds: stored.sources.map((s) => s.id),
    });
    expect(
      await db.prisma.auditEvent.count({
        where: { entityType: "source", entityId: stored.sources[1]!.id, action: "create" },
      }),
    ).toBe(1);

    // Not in any round yet: only the list and the participant's own page change.
    expect([...invalidatedTags].sort()).toEqual(["participant:ren-hongbin", "participants"]);
    const seenByReaders = async () => ({
      page: (await reader.participants.getParticipant("ren-hongbin"))?.office ?? null,
      listed: (await reader.participants.listParticipants()).some((p) => p.slug === "ren-hongbin"),
    });
    expect(await seenByReaders()).toEqual({ page: null, listed: false });

    // In a round still being drafted, they stay the editors' to know; once it is published, readers see them.
    const round = await db.prisma.round.findFirstOrThrow({
      where: { publishedAt: { not: null } },
      orderBy: { id: "desc" },
    });
    await db.prisma.participation.create({ data: { roundId: round.id, participantId: stored.id, role: "DELEGATE" } });
    await db.prisma.round.update({ where: { id: round.id }, data: { publishedAt: null } });
    expect(await seenByReaders()).toEqual({ page: null, listed: false });
    await db.prisma.round.update({ where: { id: round.id }, data: { publishedAt: round.publishedAt } });
    expect(await seenByReaders()).toEqual({ page: "Minister of Commerce", listed: true });
  });

  it("saves an edit (new office and address), audited, and refreshes the old and new pages and every round they took part in", async () => {
    await actAs(accounts.editor);
    const form = await editForm("li-chenggang");
    const state = await submit(saveParticipant, {
      ...form,
      office: "International Trade Representative",
      slug: "li-chenggang-mofcom",
    });
    expect(state.redirectedTo).toBe(`/edit/participants/${form.id}?saved=1`);

    const stored = await db.prisma.participant.findUniqueOrThrow({ where: { id: Number(form.id) } });
    expect(stored).toMatchObject({
      slug: "li-chenggang-mofcom",
      office: "International Trade Representative",
      version: Number(form.version) + 1,
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "participant", entityId: stored.id },
    });
    expect(audit).toMatchObject({ action: "update", version: stored.version });
    expect(JSON.parse(audit.before!)).toMatchObject({ slug: "li-chenggang", office: form.office });
    expect(JSON.parse(audit.after!)).toMatchObject({
      slug: "li-chenggang-mofcom",
      office: "International Trade Representative",
    });

    const rounds = await db.prisma.round.findMany({
      where: { participations: { some: { participantId: stored.id } } },
      select: { slug: true },
    });
    expect(rounds.length).toBeGreaterThan(1);
    expect([...invalidatedTags].sort()).toEqual(
      [
        "participants",
        "participant:li-chenggang",
        "participant:li-chenggang-mofcom",
        ...rounds.map((r) => `round:${r.slug}`),
      ].sort(),
    );
    const elsewhere = await db.prisma.round.findFirstOrThrow({
      where: { participations: { none: { participantId: stored.id } } },
    });
    expect(invalidatedTags).not.toContain(`round:${elsewhere.slug}`);

    expect(await reader.participants.getParticipant("li-chenggang")).toBeNull();
    expect((await reader.participants.getParticipant("li-chenggang-mofcom"))?.office).toBe(
      "International Trade Representative",
    );
    const madrid = await reader.rounds.getRound("madrid-2025-09");
    expect(madrid?.participations.find((p) => p.participant.slug === "li-chenggang-mofcom")?.participant.office).toBe(
      "International Trade Representative",
    );
  });

  it("refuses a save based on a stale version, says what changed and overwrites nothing", async () => {
    await actAs(accounts.editor);
    const opened = await editForm("he-lifeng");
    expect(
      (await submit(saveParticipant, { ...opened, office: "Vice Premier of the State Council" })).redirectedTo,
    ).toBeDefined();
    invalidatedTags.length = 0;
    const before = await everything();

    const stale = await submit(saveParticipant, { ...opened, note: "An older edit" });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/Someone else saved/);
    expect(stale.conflict).toEqual([
      { field: "office", was: "Vice Premier", now: "Vice Premier of the State Council" },
    ]);
    expect(stale.values?.note).toBe("An older edit");
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});
