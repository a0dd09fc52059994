import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

let db: FreshDatabase;
let search: typeof import("@/lib/queries/search").search;

beforeAll(async () => {
  db = await seededAppDatabase();
  search = (await import("@/lib/queries/search")).search;
});

afterAll(async () => {
  await db.cleanup();
});

describe("full-text search", () => {
  it("finds the Madrid round by its venue, with the match marked", async () => {
    const hits = await search("Palacio de Santa Cruz");
    expect(hits[0]).toMatchObject({ kind: "round", slug: "madrid-2025-09", href: "/rounds/madrid-2025-09" });
    expect(hits[0]!.snippet).toContain("\u0002Palacio\u0003");
  });

  it("finds people, issues and updates, ignoring accents and case", async () => {
    expect((await search("he lifeng")).map((h) => `${h.kind}:${h.slug}`)).toContain("participant:he-lifeng");
    expect((await search("RARE earth")).some((h) => h.kind === "issue" && h.slug === "rare-earths")).toBe(true);
    const eo = await search("14166");
    expect(eo.some((h) => h.kind === "update" && h.href.startsWith("/timeline?year=2025#update-"))).toBe(true);
  });

  it("finds a participant only once they take part in a published round", async () => {
    const person = await db.prisma.participant.create({
      data: { slug: "wei-quietly", name: "Wei Quietly", office: "Vice Minister", side: "CHINA" },
    });
    expect(await search("Quietly")).toEqual([]);
    const round = await db.prisma.round.findFirstOrThrow({ where: { publishedAt: { not: null } } });
    await db.prisma.participation.create({ data: { roundId: round.id, participantId: person.id, role: "DELEGATE" } });
    expect((await search("Quietly")).map((h) => `${h.kind}:${h.slug}`)).toEqual(["participant:wei-quietly"]);
  });

  it("answers hostile input with results or nothing, never an error", async () => {
    for (const input of [
      '"',
      "'; DROP TABLE Round; --",
      "NEAR(",
      "*",
      "a OR",
      "\u0000",
      "x".repeat(5000),
      "<script>alert(1)</script>",
    ]) {
      await expect(search(input)).resolves.toBeInstanceOf(Array);
    }
    expect(await db.prisma.round.count()).toBeGreaterThan(0);
  });

  it("is kept in sync by the writes, and never shows drafts", async () => {
    const { saveUpdate } = await import("@/lib/actions/updates");
    await actAs(accounts.editor);
    const source = await db.prisma.source.findFirstOrThrow();
    const base = {
      kind: "STATEMENT",
      body: "The zorblax protocol is signed.",
      occurredOn: "2026-11-20",
      timeZone: "UTC",
      sourceIds: [String(source.id)],
    };
    await submit(saveUpdate, { ...base, title: "Zorblax draft", intent: "draft" });
    expect(await search("zorblax")).toEqual([]);
    const update = await db.prisma.update.findFirstOrThrow({ where: { title: "Zorblax draft" } });
    await submit(saveUpdate, {
      ...base,
      id: String(update.id),
      version: String(update.version),
      slug: update.slug,
      title: "Zorblax signed",
      intent: "publish",
    });
    const hits = await search("zorblax");
    expect(hits.map((h) => h.slug)).toEqual([update.slug]);
    expect(hits[0]!.title).toContain("\u0002Zorblax\u0003");
    await db.prisma.update.delete({ where: { id: update.id } });
    expect(await search("zorblax")).toEqual([]);
  });
});
