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
  other
    .prepare(`INSERT INTO Source (url, publisher, title) VALUES (?, 'Other process', 'Written elsewhere')`)
    .run(`https://example.org/${Math.random()}`);
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
      await expect(
        prisma.$transaction((tx) => tx.source.create({ data: source("never-written") })),
      ).rejects.toMatchObject({ code: "P1008" });
      other.exec("ROLLBACK");
      other.close();
      await prisma.$transaction((tx) => tx.source.create({ data: source("next-one") }));
      expect(
        (await prisma.source.findMany({ where: { url: { startsWith: "https://example.org/n" } } })).map((s) => s.title),
      ).toEqual(["next-one"]);
      expect(await prisma.source.count()).toBe(before + 1);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("statements outside a transaction of the same process", () => {
  it("wait for it: a read never sees its uncommitted rows, and its rollback never takes an acknowledged write with it", async () => {
    let wrote = () => {};
    const written = new Promise<void>((resolve) => (wrote = resolve));
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const refused = db.prisma
      .$transaction(async (tx) => {
        await tx.source.create({ data: source("rolled-back") });
        wrote();
        await finished;
        throw new Error("refused after writing");
      })
      .catch((error: Error) => error.message);
    await written;

    // Prisma's queries start when awaited: `then` sends them now, while the transaction is open.
    const read = db.prisma.source.findMany({ where: { url: { contains: "rolled-back" } } }).then((rows) => rows);
    const acknowledged = db.prisma.source.create({ data: source("acknowledged-meanwhile") }).then((row) => row);
    await Promise.race([read, new Promise((resolve) => setTimeout(resolve, 200))]);
    finish();
    expect(await refused).toBe("refused after writing");
    expect(await read).toEqual([]);
    await acknowledged;
    const kept = await db.prisma.source.findMany({
      where: { url: { in: ["https://example.org/rolled-back", "https://example.org/acknowledged-meanwhile"] } },
    });
    expect(kept.map((s) => s.title)).toEqual(["acknowledged-meanwhile"]);
  });
});
