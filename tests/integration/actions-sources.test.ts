import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invalidatedTags } from "../support/next-cache";
import { asDisabledEditor } from "./helpers/disabled-editor";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

let db: FreshDatabase;
let saveSource: typeof import("@/lib/actions/sources").saveSource;
let editorRecords: typeof import("@/lib/queries/editor-records");
let reader: { rounds: typeof import("@/lib/queries/rounds"); updates: typeof import("@/lib/queries/updates") };

beforeAll(async () => {
  db = await seededAppDatabase();
  ({ saveSource } = await import("@/lib/actions/sources"));
  editorRecords = await import("@/lib/queries/editor-records");
  reader = { rounds: await import("@/lib/queries/rounds"), updates: await import("@/lib/queries/updates") };
});

afterAll(async () => {
  await db.cleanup();
});

beforeEach(() => {
  invalidatedTags.length = 0;
});

async function everything() {
  const [sources, audit] = await Promise.all([
    db.prisma.source.findMany({ orderBy: { id: "asc" } }),
    db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { sources, audit };
}

const newSource = {
  url: "https://example.org/2026/11/20/talks-resume",
  publisher: "Example Wire",
  title: "US and China resume trade talks",
  publishedOn: "2026-11-20",
};

async function editForm(id: number) {
  const s = await db.prisma.source.findUniqueOrThrow({ where: { id } });
  return {
    id: String(s.id),
    version: String(s.version),
    url: s.url,
    publisher: s.publisher,
    title: s.title,
    publishedOn: s.publishedOn?.toISOString().slice(0, 10) ?? "",
  };
}

/** A source that a published round and a published update both cite: shown on the round page and the update lists. */
const citedByRoundAndUpdate = () =>
  db.prisma.source.findFirstOrThrow({
    where: { rounds: { some: { publishedAt: { not: null } } }, updates: { some: { publishedAt: { not: null } } } },
    include: { rounds: { where: { publishedAt: { not: null } }, select: { slug: true }, take: 1 } },
    orderBy: { id: "asc" },
  });

describe("saveSource", () => {
  it("refuses an anonymous request and writes nothing", async () => {
    const before = await everything();
    await actAs(null);
    const state = await submit(saveSource, newSource);
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/not signed in/);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("refuses a disabled editor and writes nothing", async () => {
    const source = await citedByRoundAndUpdate();
    const before = await everything();
    const state = await asDisabledEditor(db, async () =>
      submit(saveSource, { ...(await editForm(source.id)), title: "Defaced" }),
    );
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/role does not allow/);
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("returns an error next to each invalid field, keeps the input and writes nothing", async () => {
    await actAs(accounts.editor);
    const before = await everything();
    const input = { url: "javascript:alert(1)", publisher: " ", title: "Kept title", publishedOn: "2025-02-30" };
    const state = await submit(saveSource, input);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.url?.[0]).toMatch(/http:\/\/ or https:\/\//);
    expect(state.fieldErrors?.publisher?.[0]).toMatch(/Publisher is required/);
    expect(state.fieldErrors?.publishedOn?.[0]).toMatch(/not a real date/);
    expect(state.fieldErrors?.title).toBeUndefined();
    expect(state.values).toEqual(input);
    expect((await submit(saveSource, { ...newSource, url: "ftp://example.org/file" })).fieldErrors?.url).toBeDefined();
    expect(await everything()).toEqual(before);
  });

  it("refuses an address already recorded, next to the address field, on a new source and on an edit", async () => {
    await actAs(accounts.editor);
    const [known, other] = await db.prisma.source.findMany({ orderBy: { id: "asc" }, take: 2 });
    const before = await everything();
    const created = await submit(saveSource, { ...newSource, url: known!.url });
    expect(created.ok).toBe(false);
    expect(created.fieldErrors?.url?.[0]).toContain(`already recorded as “${known!.title}”`);
    expect(created.values?.title).toBe(newSource.title);
    const edited = await submit(saveSource, { ...(await editForm(other!.id)), url: known!.url });
    expect(edited.fieldErrors?.url?.[0]).toMatch(/already recorded/);
    expect(await everything()).toEqual(before);
  });

  it("stores a new source with its date at UTC midnight, audited; no reader page shows it until a record cites it", async () => {
    await actAs(accounts.editor);
    const state = await submit(saveSource, newSource);
    expect(state.redirectedTo).toMatch(/^\/edit\/sources\/\d+\?saved=1$/);
    const stored = await db.prisma.source.findUniqueOrThrow({ where: { url: newSource.url } });
    expect(stored).toMatchObject({ publisher: "Example Wire", title: newSource.title, version: 1 });
    expect(stored.publishedOn?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "source", entityId: stored.id } });
    expect(audit).toMatchObject({ action: "create", version: 1, before: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ url: newSource.url, publishedOn: "2026-11-20T00:00:00.000Z" });
    expect(invalidatedTags).toEqual([]);
    expect((await editorRecords.sourcesForEditing({ query: "example wire", page: 1 })).rows.map((s) => s.id)).toEqual([
      stored.id,
    ]);

    const undated = await submit(saveSource, { ...newSource, url: "https://example.org/undated", publishedOn: "" });
    expect(undated.redirectedTo).toBeDefined();
    expect(
      (await db.prisma.source.findUniqueOrThrow({ where: { url: "https://example.org/undated" } })).publishedOn,
    ).toBeNull();
  });

  it("saves a correction, audited, refreshes every page showing sources and the update lists, and readers see it", async () => {
    await actAs(accounts.editor);
    const source = await citedByRoundAndUpdate();
    const form = await editForm(source.id);
    const state = await submit(saveSource, {
      ...form,
      publisher: "Corrected Publisher",
      title: "Corrected title",
      publishedOn: "",
    });
    expect(state.redirectedTo).toBe(`/edit/sources/${source.id}?saved=1`);

    const stored = await db.prisma.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored).toMatchObject({
      publisher: "Corrected Publisher",
      title: "Corrected title",
      publishedOn: null,
      url: source.url,
      version: source.version + 1,
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "source", entityId: source.id } });
    expect(audit).toMatchObject({ action: "update", version: stored.version });
    expect(JSON.parse(audit.before!)).toMatchObject({ publisher: source.publisher, title: source.title });
    expect(JSON.parse(audit.after!)).toMatchObject({
      publisher: "Corrected Publisher",
      title: "Corrected title",
      publishedOn: null,
    });

    expect([...invalidatedTags].sort()).toEqual(["sources", "updates"]);
    const round = await reader.rounds.getRound(source.rounds[0]!.slug);
    expect(round?.sources.find((s) => s.id === source.id)).toMatchObject({
      publisher: "Corrected Publisher",
      title: "Corrected title",
    });
    const updates = await db.prisma.update.findMany({
      where: { sources: { some: { id: source.id } } },
      select: { slug: true },
    });
    const shown = (await reader.updates.latestUpdates(200))
      .filter((u) => updates.some((x) => x.slug === u.slug))
      .flatMap((u) => u.sources);
    expect(shown.some((s) => s.url === source.url && s.publisher === "Corrected Publisher")).toBe(true);
  });

  it("refreshes only the pages that carry sources when no update cites the source", async () => {
    await actAs(accounts.editor);
    const source = await db.prisma.source.findFirstOrThrow({
      where: { updates: { none: {} }, deadlines: { some: {} } },
      orderBy: { id: "asc" },
    });
    expect(
      (await submit(saveSource, { ...(await editForm(source.id)), title: `${source.title} (corrected)` })).redirectedTo,
    ).toBeDefined();
    expect(invalidatedTags).toEqual(["sources"]);
  });

  it("refuses a save based on a stale version, says what changed and overwrites nothing", async () => {
    await actAs(accounts.editor);
    const source = await db.prisma.source.findFirstOrThrow({ where: { url: newSource.url } });
    const opened = await editForm(source.id);
    expect(
      (await submit(saveSource, { ...opened, title: "US and China resume trade talks in Geneva" })).redirectedTo,
    ).toBeDefined();
    invalidatedTags.length = 0;
    const before = await everything();

    const stale = await submit(saveSource, { ...opened, publisher: "An older edit" });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/Someone else saved/);
    expect(stale.conflict).toEqual([
      { field: "title", was: newSource.title, now: "US and China resume trade talks in Geneva" },
    ]);
    expect(stale.values?.publisher).toBe("An older edit");
    expect(await everything()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});

describe("sourcesForEditing (the editors' list filter)", () => {
  it("matches words in the address, publisher or title, ignoring case, and pages the rest", async () => {
    const all = await editorRecords.sourcesForEditing({ query: "", page: 1 });
    expect(all.total).toBe(await db.prisma.source.count());
    expect(all.rows).toHaveLength(editorRecords.SOURCES_PAGE_SIZE);

    const byPublisher = await editorRecords.sourcesForEditing({ query: "OLIVE press", page: 1 });
    expect(byPublisher.rows.map((s) => s.publisher)).toEqual(["The Olive Press"]);
    const byUrl = await editorRecords.sourcesForEditing({ query: "thestar.com.my", page: 1 });
    expect(byUrl.rows.map((s) => s.publisher)).toEqual(["The Star"]);
    expect((await editorRecords.sourcesForEditing({ query: "no such source anywhere", page: 1 })).total).toBe(0);
    // The seed alone has more sources than one page holds.
    expect(all.total).toBeGreaterThan(editorRecords.SOURCES_PAGE_SIZE);
    const second = await editorRecords.sourcesForEditing({ query: "", page: 2 });
    expect(second.rows).toHaveLength(all.total - editorRecords.SOURCES_PAGE_SIZE);
    expect(second.rows[0]!.id).toBeLessThan(all.rows.at(-1)!.id);
  });
});
