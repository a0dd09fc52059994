import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

let db: FreshDatabase;
let saveUpdate: typeof import("@/lib/actions/updates").saveUpdate;

beforeAll(async () => {
  db = await seededAppDatabase();
  saveUpdate = (await import("@/lib/actions/updates")).saveUpdate;
});

afterAll(async () => {
  await db.cleanup();
});

const form = async (title: string) => ({
  kind: "REPORT",
  title,
  body: "Concurrent edit.",
  occurredOn: "2026-11-20",
  timeZone: "UTC",
  sourceIds: [String((await db.prisma.source.findFirstOrThrow()).id)],
  intent: "publish",
});

describe("many editors at once", () => {
  it("on the same record: exactly one save wins, every other one is told of the conflict, nothing is lost", async () => {
    await actAs(accounts.editor);
    await submit(saveUpdate, { ...(await form("Shared record")), slug: "shared-record" });
    const record = await db.prisma.update.findUniqueOrThrow({ where: { slug: "shared-record" } });
    const auditBefore = await db.prisma.auditEvent.count({ where: { entityType: "update", entityId: record.id } });

    const results = await Promise.all(
      Array.from({ length: 12 }, async (_, i) =>
        submit(saveUpdate, {
          ...(await form(`Edit number ${i}`)),
          id: String(record.id),
          version: String(record.version),
          slug: "shared-record",
        }),
      ),
    );
    const winners = results.filter((r) => r.redirectedTo);
    const losers = results.filter((r) => !r.redirectedTo);
    expect(winners).toHaveLength(1);
    expect(losers.every((r) => r.conflict && /Someone else saved/.test(r.message ?? ""))).toBe(true);

    const after = await db.prisma.update.findUniqueOrThrow({ where: { id: record.id } });
    expect(after.version).toBe(record.version + 1);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "update", entityId: record.id } })).toBe(
      auditBefore + 1,
    );
  });

  it("on different records: every save lands, each with its audit row, while readers read", async () => {
    await actAs(accounts.editor);
    const { latestUpdates } = await import("@/lib/queries/updates");
    const titles = Array.from({ length: 20 }, (_, i) => `Parallel update ${i}`);
    const [saves, reads] = await Promise.all([
      Promise.all(titles.map(async (title) => submit(saveUpdate, await form(title)))),
      Promise.all(Array.from({ length: 20 }, () => latestUpdates(5))),
    ]);
    expect(saves.every((s) => s.redirectedTo)).toBe(true);
    expect(reads.every((r) => r.length === 5)).toBe(true);
    const stored = await db.prisma.update.findMany({ where: { title: { in: titles } }, select: { id: true } });
    expect(stored).toHaveLength(20);
    expect(
      await db.prisma.auditEvent.count({ where: { entityType: "update", entityId: { in: stored.map((s) => s.id) } } }),
    ).toBe(20);
  });
});
