import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidatedTags } from "../support/next-cache";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

// Precedent is counted from the records on each request: an editor's extension or assessment
// changes the figures, and refreshes the cache tags the figures are kept under.

const NOW = Date.parse("2026-11-21T12:00:00Z");
let db: FreshDatabase;
let precedent: typeof import("@/lib/queries/precedent");
let actions: {
  deadlines: typeof import("@/lib/actions/deadlines");
  expectations: typeof import("@/lib/actions/expectations");
};

beforeAll(async () => {
  db = await seededAppDatabase();
  precedent = await import("@/lib/queries/precedent");
  actions = {
    deadlines: await import("@/lib/actions/deadlines"),
    expectations: await import("@/lib/actions/expectations"),
  };
});

afterAll(async () => {
  await db.cleanup();
});

const chainOf = async (slug: string) => (await precedent.trackRecord(NOW)).chains.find((c) => c.slug === slug);
const suspensions = async () => (await precedent.trackRecord(NOW)).kinds.find((k) => k.kind === "SUSPENSION_EXPIRY")!;

describe("the track record, from the seed", () => {
  it("counts the TikTok chain: extended five times, then met", async () => {
    const tiktok = await chainOf("tiktok-divestiture-2026-01-23");
    expect(tiktok).toMatchObject({ kind: "DIVEST_OR_BAN", state: "met" });
    expect(tiktok!.extensions.map((e) => e.days)).toEqual([76, 75, 90, 90, 38]);
  });

  it("counts every suspension expiry that has come, with those passed and not yet recorded", async () => {
    const record = await suspensions();
    const links = await db.prisma.deadline.findMany({
      where: { kind: "SUSPENSION_EXPIRY", dueAt: { lt: new Date(NOW) } },
    });
    expect(record.total).toBe(links.length);
    expect(record.counts.extended).toBe(links.filter((l) => l.status === "EXTENDED").length);
    expect(record.counts.passed).toBe(links.filter((l) => l.status === "UPCOMING").length);
    expect(record.counts.passed).toBeGreaterThan(0);
  });
});

describe("an editor's change", () => {
  it("an extension moves a passed deadline into the extended count and lengthens its chain", async () => {
    const before = await suspensions();
    const deadline = await db.prisma.deadline.findUniqueOrThrow({
      where: { slug: "bis-affiliates-rule-suspension-2026-11-09" },
    });
    expect((await chainOf(deadline.slug))?.extensions).toEqual([]);
    await actAs(accounts.editor);
    invalidatedTags.length = 0;
    const state = await submit(actions.deadlines.extendDeadline, {
      id: String(deadline.id),
      version: String(deadline.version),
      dueDate: "2027-11-10",
      timeZone: "America/New_York",
      setBy: "BIS notice (test)",
      setOn: "2026-11-08",
      sourceIds: [String((await db.prisma.source.findFirstOrThrow()).id)],
    });
    expect(state.redirectedTo).toMatch(/saved=extended/);
    expect(invalidatedTags).toContain("deadlines");

    const after = await suspensions();
    expect(after.counts.extended).toBe(before.counts.extended + 1);
    expect(after.counts.passed).toBe(before.counts.passed - 1);
    const chain = (await precedent.trackRecord(NOW)).chains.find(
      (c) => c.title === deadline.title && c.extensions.length === 1,
    );
    expect(chain).toMatchObject({ kind: "SUSPENSION_EXPIRY", state: "upcoming" });
    expect(chain!.extensions[0]!.days).toBe(366);
  });

  it("an assessment changes the round's tally and the overall one", async () => {
    const record = await precedent.trackRecord(NOW);
    const met = await db.prisma.expectation.findFirstOrThrow({
      where: { assessment: "MET", round: { publishedAt: { not: null } } },
      include: { round: true },
    });
    const roundBefore = record.rounds.find((r) => r.slug === met.round.slug)!.tally;
    await actAs(accounts.editor);
    invalidatedTags.length = 0;
    const state = await submit(actions.expectations.assessExpectation, {
      id: String(met.id),
      version: String(met.version),
      assessment: "NOT_MET",
      assessmentNote: "It did not happen after all (test).",
    });
    expect(state.ok).toBe(true);
    expect(invalidatedTags).toContain("rounds");
    const after = await precedent.trackRecord(NOW);
    expect(after.rounds.find((r) => r.slug === met.round.slug)!.tally).toMatchObject({
      met: roundBefore.met - 1,
      notMet: roundBefore.notMet + 1,
    });
    expect(after.overall).toMatchObject({ met: record.overall.met - 1, notMet: record.overall.notMet + 1 });
  });
});
