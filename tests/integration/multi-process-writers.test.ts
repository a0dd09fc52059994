import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
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
  return spawn(process.execPath, ["--import", "tsx", `tests/support/${script}`, db.file, ...args]);
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

describe("several processes writing one database file at once", () => {
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
    const check = new Database(db.file, { readonly: true });
    try {
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = check
        .prepare(
          `SELECT u.slug FROM "Update" u JOIN AuditEvent a ON a.entityType = 'update' AND a.entityId = u.id
           JOIN "_SourceToUpdate" s ON s.B = u.id WHERE u.slug LIKE 'writer-%'`,
        )
        .pluck()
        .all() as string[];
      expect(new Set(stored)).toEqual(new Set(acks.map((a) => a.ack)));
    } finally {
      check.close();
    }
  }, 60_000);
});
