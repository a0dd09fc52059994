import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { rawQuery } from "./helpers/raw-sql";
import { seedIfEmpty } from "@/prisma/seed/seed";

const WRITERS = 3;
const WRITES_PER_WRITER = 100;
const READERS = 2;

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  await db.prisma.$disconnect();
});

afterAll(async () => {
  await db.cleanup();
});

interface Ack {
  ack: string;
  waitedMs: number;
}

// Node itself (not npx → tsx → node): one process per writer, nothing in between.
function start(script: string, ...args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", `tests/support/${script}`, db.url, ...args]);
}

async function auditRowsOf(id: number) {
  return rawQuery<{ version: number; after: string }>(
    db.url,
    `SELECT version, after FROM "AuditEvent" WHERE "entityType" = 'update' AND "entityId" = $1 ORDER BY id`,
    [id],
  );
}

/** Every JSON line a process prints, and its stderr, once it has exited. */
function outputOf(
  child: ChildProcessWithoutNullStreams,
  onLine: (line: Record<string, unknown>) => void = () => undefined,
) {
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout }).on("line", (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    onLine(line);
  });
  return new Promise<{ lines: Record<string, unknown>[]; stderr: string; code: number | null }>((resolve) =>
    child.once("close", (code) => resolve({ lines, stderr, code })),
  );
}

describe("several processes writing one database at once", () => {
  it("never surface a database error, and every acknowledged write is stored with its audit row", async () => {
    const readers = Array.from({ length: READERS }, () => start("contended-reader.ts"));
    const readerOutputs = readers.map((reader) => outputOf(reader));
    const writers = Array.from({ length: WRITERS }, (_, i) =>
      start("contended-writer.ts", String(WRITES_PER_WRITER), `writer-${i}`),
    );
    let ready = 0;
    let allReady = () => {};
    const everyWriterReady = new Promise<void>((resolve) => (allReady = resolve));
    const writerOutputs = writers.map((writer) =>
      outputOf(writer, (line) => {
        if (line.ready && ++ready === WRITERS) allReady();
      }),
    );
    await everyWriterReady;
    const started = performance.now();
    for (const writer of writers) writer.stdin.end("go\n");
    const written = await Promise.all(writerOutputs);
    const seconds = (performance.now() - started) / 1000;
    for (const reader of readers) reader.stdin.end();
    const read = await Promise.all(readerOutputs);

    const acks = written.flatMap((w) =>
      w.lines.filter((line): line is Record<string, unknown> & Ack => typeof line.ack === "string"),
    );
    const failures = [
      ...written.flatMap((w) => [...w.lines.filter((line) => line.error), ...(w.stderr ? [w.stderr] : [])]),
      ...read.flatMap((r) => [...r.lines.flatMap((line) => line.errors as string[]), ...(r.stderr ? [r.stderr] : [])]),
    ];
    const waits = acks.map((a) => a.waitedMs).sort((a, b) => a - b);
    // A process's first write compiles Prisma's query plans while it holds the lock: the others wait longer then.
    const warmWaits = acks.filter((a) => Number(a.ack.split("-").at(-1)) >= 3).map((a) => a.waitedMs);
    const reads = read.flatMap((r) => r.lines.map((line) => line.reads as number));
    console.log(
      `${WRITERS} writer processes: ${written.map((w) => w.lines.filter((l) => l.ack).length).join(" + ")} acknowledged writes in ${seconds.toFixed(1)} s; ` +
        `wait for the write lock: median ${waits[Math.floor(waits.length / 2)]?.toFixed(1)} ms, max ${waits.at(-1)?.toFixed(1)} ms ` +
        `(${Math.max(...warmWaits).toFixed(1)} ms after each process's first 3 writes); ` +
        `${READERS} reader processes: ${reads.join(" + ")} reads; failures: ${failures.length}`,
    );

    expect(failures).toEqual([]);
    expect(written.map((w) => w.code)).toEqual(writers.map(() => 0));
    expect(acks).toHaveLength(WRITERS * WRITES_PER_WRITER);
    if (db.store === "sqlite")
      expect(await rawQuery(db.url, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    const stored = await rawQuery<{ slug: string }>(
      db.url,
      `SELECT u.slug FROM "Update" u JOIN "AuditEvent" a ON a."entityType" = 'update' AND a."entityId" = u.id
       JOIN "_SourceToUpdate" s ON s."B" = u.id WHERE u.slug LIKE 'writer-%'`,
    );
    // One row per acknowledged write: its record, its one audit row and its source link, no more.
    expect(stored.map((row) => row.slug).sort()).toEqual(acks.map((a) => a.ack).sort());
  }, 60_000);

  it("saving the same record: one winner per version, every other save a conflict, one audit row per win", async () => {
    const EDITORS = 3;
    const ROUNDS = 20;
    const record = await rawQuery<{ id: number; version: number }>(
      db.url,
      `SELECT id, version FROM "Update" ORDER BY id LIMIT 1`,
    ).then((rows) => rows[0]!);
    const auditBefore = await auditRowsOf(record.id);
    const editors = Array.from({ length: EDITORS }, (_, i) =>
      start("contended-editor.ts", String(record.id), String(ROUNDS), `editor-${i}`),
    );
    // Every editor reads the version, then all save it at once: round by round.
    const ready = new Map<number, number>();
    const outputs = editors.map((editor) =>
      outputOf(editor, (line) => {
        if (typeof line.ready !== "number") return;
        const count = (ready.get(line.ready) ?? 0) + 1;
        ready.set(line.ready, count);
        if (count === EDITORS) for (const each of editors) each.stdin.write("go\n");
      }),
    );
    const results = await Promise.all(outputs);
    for (const editor of editors) editor.stdin.end();

    const saves = results.flatMap((r) => r.lines.filter((line) => "round" in line));
    expect(results.flatMap((r) => [...r.lines.filter((line) => line.error), ...(r.stderr ? [r.stderr] : [])])).toEqual(
      [],
    );
    expect(saves).toHaveLength(EDITORS * ROUNDS);
    const wins = saves
      .filter((save): save is { round: number; won: number; title: string } => typeof save.won === "number")
      .sort((a, b) => a.won - b.won);
    // All editors of a round saved the same version: exactly one of them wins it.
    expect(wins.map((w) => w.round)).toEqual([...Array(ROUNDS).keys()]);
    expect(wins.map((w) => w.won)).toEqual([...Array(ROUNDS).keys()].map((round) => record.version + 1 + round));
    const [stored] = await rawQuery<{ title: string; version: number }>(
      db.url,
      `SELECT title, version FROM "Update" WHERE id = $1`,
      [record.id],
    );
    // The last round's winner wrote last; nobody's save overwrote it unseen.
    expect(stored).toEqual({ title: wins.at(-1)!.title, version: record.version + ROUNDS });
    const audit = (await auditRowsOf(record.id)).slice(auditBefore.length);
    expect(audit.map((row) => Number(row.version))).toEqual(wins.map((w) => w.won));
    expect(audit.map((row) => JSON.parse(row.after).title)).toEqual(wins.map((w) => w.title));
  }, 60_000);
});
