import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invalidatedTags } from "../support/next-cache";
import { asDisabledEditor } from "./helpers/disabled-editor";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

const ROUND = "seoul-2026-05";
let db: FreshDatabase;
let actions: typeof import("@/lib/actions/expectations");
let reader: typeof import("@/lib/queries/rounds");

beforeAll(async () => {
  db = await seededAppDatabase();
  actions = await import("@/lib/actions/expectations");
  reader = await import("@/lib/queries/rounds");
});

afterAll(async () => {
  await db.cleanup();
});

beforeEach(() => {
  invalidatedTags.length = 0;
});

/** Everything saving or assessing an expectation could write, to prove a refused one wrote nothing. */
async function everything() {
  const p = db.prisma;
  const [expectations, sources, audit] = await Promise.all([
    p.expectation.findMany({
      orderBy: { id: "asc" },
      include: { sources: { select: { id: true }, orderBy: { id: "asc" } } },
    }),
    p.source.findMany({ orderBy: { id: "asc" } }),
    p.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { expectations, sources, audit };
}

const round = () => db.prisma.round.findUniqueOrThrow({ where: { slug: ROUND } });

async function newExpectation() {
  const source = await db.prisma.source.findFirstOrThrow({ orderBy: { id: "asc" } });
  return {
    roundId: String((await round()).id),
    text: "A one-year extension of the tariff truce.",
    expectedBy: "Analysts quoted by Example Wire",
    sourceIds: [String(source.id)],
  };
}

const madridExpectation = () =>
  db.prisma.expectation.findFirstOrThrow({ where: { round: { slug: "madrid-2025-09" } }, orderBy: { id: "asc" } });

describe("saveExpectation", () => {
  it("refuses an anonymous request and writes nothing", async () => {
    const before = await everything();
    await actAs(null);
    const state = await submit(actions.saveExpectation, await newExpectation());
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/not signed in/);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("refuses a disabled editor and writes nothing", async () => {
    const before = await everything();
    const state = await asDisabledEditor(db, async () => submit(actions.saveExpectation, await newExpectation()));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/role does not allow/);
    expect(await everything()).toEqual(before);
  });

  it("returns an error next to each invalid field, keeps the input and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const input = {
      ...(await newExpectation()),
      text: "",
      expectedBy: "  ",
      sourceIds: [],
      sourceUrl: "https://example.org/half-typed",
    };
    const state = await submit(actions.saveExpectation, input);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.text?.[0]).toMatch(/Expectation is required/);
    expect(state.fieldErrors?.expectedBy?.[0]).toMatch(/Expected by is required/);
    expect(state.fieldErrors?.sourcePublisher?.[0]).toMatch(/publisher/);
    expect(state.fieldErrors?.sourceTitle?.[0]).toMatch(/title/);
    expect(state.values).toMatchObject({ roundId: input.roundId, sourceUrl: input.sourceUrl });
    const sourceless = await submit(actions.saveExpectation, { ...(await newExpectation()), sourceIds: [] });
    expect(sourceless.fieldErrors?.sourceIds?.[0]).toMatch(/needs a source/);
    expect(await everything()).toEqual(before);
  });

  it("refuses an expectation for a round that does not exist, and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const state = await submit(actions.saveExpectation, { ...(await newExpectation()), roundId: "999999" });
    expect(state.message).toMatch(/round no longer exists/);
    expect(await everything()).toEqual(before);
  });

  it("stores a new expectation, pending, with its sources, audited, and the round's readers see it", async () => {
    await actAs(accounts.editor);
    const input = await newExpectation();
    const state = await submit(actions.saveExpectation, input);
    const stored = await db.prisma.expectation.findFirstOrThrow({
      where: { text: input.text },
      include: { sources: { select: { id: true } } },
    });
    expect(state.redirectedTo).toBe(`/edit/rounds/${input.roundId}/expectations/${stored.id}?saved=1`);
    expect(stored).toMatchObject({
      roundId: Number(input.roundId),
      expectedBy: input.expectedBy,
      assessment: "PENDING",
      assessmentNote: null,
      version: 1,
    });
    expect(stored.sources.map((s) => String(s.id))).toEqual(input.sourceIds);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "expectation", entityId: stored.id },
    });
    expect(audit).toMatchObject({ action: "create", version: 1, before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ text: input.text, roundSlug: ROUND, assessment: "PENDING" });

    expect([...invalidatedTags].sort()).toEqual([`round:${ROUND}`, "rounds"]);
    const shown = (await reader.getRound(ROUND))?.expectations.find((e) => e.id === stored.id);
    expect(shown).toMatchObject({ text: input.text, assessment: "PENDING" });
    expect(shown?.sources.map((s) => String(s.id))).toEqual(input.sourceIds);
  });

  it("saves an edit to what was expected and refuses a stale one, saying what changed and overwriting nothing", async () => {
    await actAs(accounts.editor);
    const e = await madridExpectation();
    const sources = await db.prisma.source.findMany({
      where: { expectations: { some: { id: e.id } } },
      select: { id: true },
    });
    const opened = {
      id: String(e.id),
      version: String(e.version),
      roundId: String(e.roundId),
      text: e.text,
      expectedBy: e.expectedBy,
      sourceIds: sources.map((s) => String(s.id)),
    };
    const saved = await submit(actions.saveExpectation, { ...opened, expectedBy: "Reuters sources" });
    expect(saved.redirectedTo).toMatch(/\?saved=1$/);
    expect(await db.prisma.expectation.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      expectedBy: "Reuters sources",
      version: e.version + 1,
      assessment: e.assessment,
    });
    expect(
      await db.prisma.auditEvent.count({ where: { entityType: "expectation", entityId: e.id, action: "update" } }),
    ).toBe(1);
    expect([...invalidatedTags].sort()).toEqual(["round:madrid-2025-09", "rounds"]);
    expect((await reader.getRound("madrid-2025-09"))?.expectations.find((x) => x.id === e.id)?.expectedBy).toBe(
      "Reuters sources",
    );

    invalidatedTags.length = 0;
    const before = await everything();
    const stale = await submit(actions.saveExpectation, { ...opened, text: "An older edit" });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/Someone else saved/);
    expect(stale.conflict).toEqual([{ field: "expectedBy", was: e.expectedBy, now: "Reuters sources" }]);
    expect(stale.values?.text).toBe("An older edit");
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});

describe("assessExpectation", () => {
  const pending = () =>
    db.prisma.expectation.findFirstOrThrow({
      where: { round: { slug: ROUND }, assessment: "PENDING" },
      orderBy: { id: "desc" },
    });
  const assessment = async () => {
    const e = await pending();
    return {
      id: String(e.id),
      version: String(e.version),
      assessment: "PARTLY_MET",
      assessmentNote: "The truce was extended, for six months only.",
    };
  };

  it("refuses an anonymous request and writes nothing", async () => {
    const before = await everything();
    await actAs(null);
    const state = await submit(actions.assessExpectation, await assessment());
    expect(state.message).toMatch(/not signed in/);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("refuses a disabled editor and writes nothing", async () => {
    const before = await everything();
    const state = await asDisabledEditor(db, async () => submit(actions.assessExpectation, await assessment()));
    expect(state.message).toMatch(/role does not allow/);
    expect(await everything()).toEqual(before);
  });

  it("returns an error next to each invalid field, keeps the input and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const unknown = await submit(actions.assessExpectation, { ...(await assessment()), assessment: "MOSTLY" });
    expect(unknown.fieldErrors?.assessment?.[0]).toMatch(/Choose an assessment/);
    expect(unknown.values?.assessmentNote).toBe((await assessment()).assessmentNote);
    const unexplained = await submit(actions.assessExpectation, {
      ...(await assessment()),
      assessment: "NOT_MET",
      assessmentNote: " ",
    });
    expect(unexplained.fieldErrors?.assessmentNote?.[0]).toMatch(/Say what happened/);
    expect(unexplained.values?.assessment).toBe("NOT_MET");
    expect(await everything()).toEqual(before);
  });

  it("records the assessment, audited, and the round's readers see it", async () => {
    await actAs(accounts.editor);
    const e = await pending();
    const state = await submit(actions.assessExpectation, await assessment());
    expect(state.redirectedTo).toBe(`/edit/rounds/${e.roundId}/expectations/${e.id}?saved=assessed`);
    const stored = await db.prisma.expectation.findUniqueOrThrow({ where: { id: e.id } });
    expect(stored).toMatchObject({
      assessment: "PARTLY_MET",
      assessmentNote: "The truce was extended, for six months only.",
      text: e.text,
      version: e.version + 1,
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "expectation", entityId: e.id, action: "assess" },
    });
    expect(audit.version).toBe(stored.version);
    expect(JSON.parse(audit.before!)).toMatchObject({ assessment: "PENDING", assessmentNote: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ assessment: "PARTLY_MET" });
    expect([...invalidatedTags].sort()).toEqual([`round:${ROUND}`, "rounds"]);
    expect((await reader.getRound(ROUND))?.expectations.find((x) => x.id === e.id)).toMatchObject({
      assessment: "PARTLY_MET",
      assessmentNote: stored.assessmentNote,
    });
  });

  it("refuses a stale assessment, says what changed and overwrites nothing", async () => {
    await actAs(accounts.editor);
    const e = await madridExpectation();
    const opened = {
      id: String(e.id),
      version: String(e.version),
      assessment: "MET",
      assessmentNote: e.assessmentNote ?? "",
    };
    expect(
      (await submit(actions.assessExpectation, { ...opened, assessment: "PARTLY_MET" })).redirectedTo,
    ).toBeDefined();
    invalidatedTags.length = 0;
    const before = await everything();

    const stale = await submit(actions.assessExpectation, { ...opened, assessment: "NOT_MET" });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/Someone else saved/);
    expect(stale.conflict).toEqual([{ field: "assessment", was: "MET", now: "PARTLY_MET" }]);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});
