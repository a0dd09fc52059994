import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { createPrismaClient } from "@/lib/prisma-client";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await db.cleanup();
});

/** Another process's connection in the middle of a write transaction. */
function otherWriter() {
  const other = new Database(db.file);
  other.exec("BEGIN IMMEDIATE");
  other.prepare(`INSERT INTO Source (url, publisher, title) VALUES (?, 'Other process', 'Written elsewhere')`).run(`https://example.org/${Math.random()}`);
  return other;
}

const source = (n: string) => ({ url: `https://example.org/${n}`, publisher: "Test", title: n });

describe("a transaction while another process holds the write lock", () => {
  it("starts only once it has the lock, and the process answers reads while it waits", async () => {
    const other = otherWriter();
    let started = false;
    const save = db.prisma.$transaction(async (tx) => {
      started = true;
      return tx.source.create({ data: source("after-the-wait") });
    });
    const countsWhileWaiting = [];
    for (let i = 0; i < 3; i++) countsWhileWaiting.push(await db.prisma.source.count());
    expect({ started, countsWhileWaiting }).toEqual({ started: false, countsWhileWaiting: [0, 0, 0] });

    other.exec("COMMIT");
    other.close();
    await save;
    expect(started).toBe(true);
    expect(await db.prisma.source.count()).toBe(2);
  });

  it("gives up with an error after its wait budget, writing nothing, and the next transaction goes through", async () => {
    const prisma = createPrismaClient(db.url, { lockWaitMs: 200 });
    try {
      const before = await prisma.source.count();
      const other = otherWriter();
      await expect(prisma.$transaction((tx) => tx.source.create({ data: source("never-written") }))).rejects.toMatchObject({ code: "P1008" });
      other.exec("ROLLBACK");
      other.close();
      await prisma.$transaction((tx) => tx.source.create({ data: source("next-one") }));
      expect((await prisma.source.findMany({ where: { url: { startsWith: "https://example.org/n" } } })).map((s) => s.title)).toEqual(["next-one"]);
      expect(await prisma.source.count()).toBe(before + 1);
    } finally {
      await prisma.$disconnect();
    }
  });
});
