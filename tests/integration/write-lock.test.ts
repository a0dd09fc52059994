import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, sqliteFile, testStore, type FreshDatabase } from "./helpers/fresh-database";
import { createPrismaClient } from "@/lib/prisma-client";

const onSqlite = testStore() === "sqlite";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await db.cleanup();
});

/** Another process's connection in the middle of a write transaction. */
function otherWriter() {
  const other = new Database(sqliteFile(db));
  other.exec("BEGIN IMMEDIATE");
  other
    .prepare(`INSERT INTO Source (url, publisher, title) VALUES (?, 'Other process', 'Written elsewhere')`)
    .run(`https://example.org/${Math.random()}`);
  return other;
}

const source = (n: string) => ({ url: `https://example.org/${n}`, publisher: "Test", title: n });

// SQLite's one write lock per database, taken first by every transaction (BEGIN IMMEDIATE, see
// lib/immediate-transactions.ts). PostgreSQL has no such lock: its writers wait on the rows they
// write, tested below.
describe.runIf(onSqlite)("a transaction while another process holds the write lock", () => {
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

describe.runIf(!onSqlite)("a transaction writing a row another connection has locked", () => {
  it("waits for that row while reads answer with what is committed, then sees the other's write: no lost update", async () => {
    const row = await db.prisma.source.create({ data: source("locked-row") });
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "Source" SET title = 'other', version = version + 1 WHERE id = $1`, [row.id]);
      let written = false;
      // The app's versioned save: the write applies only to the version the editor saw.
      const save = db.prisma.$transaction(async (tx) => {
        const { count } = await tx.source.updateMany({
          where: { id: row.id, version: row.version },
          data: { title: "mine", version: { increment: 1 } },
        });
        written = true;
        return count;
      });
      const titlesWhileWaiting = [];
      for (let i = 0; i < 3; i++)
        titlesWhileWaiting.push((await db.prisma.source.findUniqueOrThrow({ where: { id: row.id } })).title);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect({ written, titlesWhileWaiting }).toEqual({
        written: false,
        titlesWhileWaiting: Array(3).fill("locked-row"),
      });

      await other.query("COMMIT");
      expect(await save).toBe(0);
      expect(await db.prisma.source.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        title: "other",
        version: row.version + 1,
      });
    } finally {
      await other.end();
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
