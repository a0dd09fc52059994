// Several `npm start`s at once on one database and one build folder (scripts/app-server.ts): real
// processes, real databases of the project's store (SQLite files, or databases on the run's
// PostgreSQL server), a fast stand-in for `next build` (tests/support/start-instance.ts).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingMigrations } from "../../lib/migrations/schema-engine";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedData } from "../../prisma/seed/data";
import { dropDatabase } from "../../lib/store/postgresql";
import { prepareDatabase, type BuildStamp } from "../../scripts/app-server";
import { newDatabaseUrl, testStore } from "./helpers/fresh-database";
import { closeReaders, rawQuery } from "./helpers/raw-sql";

const onSqlite = testStore() === "sqlite";
let dir: string;
const databases = new Map<string, string>();

/** The URL of the test's database called `name`, not created: each start creates it as needed. */
function databaseUrl(name: string): string {
  let url = databases.get(name);
  if (!url) {
    url = onSqlite ? `file:${path.join(dir, `${name}.db`)}` : newDatabaseUrl(dir);
    databases.set(name, url);
  }
  return url;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parley-start-"));
});

afterAll(async () => {
  for (const url of databases.values()) {
    await closeReaders(url);
    if (!onSqlite) await dropDatabase(url);
  }
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", `tests/support/${script}`, ...args], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

interface Started {
  stamp: BuildStamp;
  serverEnv: { PARLEY_PRERENDERED_UNTIL: string };
  log: string;
}

/** One start on `database` and `distDir`, as `npm start` makes it up to serving. */
async function start(
  name: string,
  {
    database,
    distDir,
    origin,
    args = [],
    buildMs = 1500,
  }: { database: string; distDir: string; origin: string; args?: string[]; buildMs?: number },
): Promise<Started> {
  const result = await run("start-instance.ts", args, {
    DATABASE_URL: databaseUrl(database),
    PARLEY_DIST_DIR: distDir,
    PARLEY_ORIGIN: origin,
    PORT: origin.split(":").at(-1),
    BUILD_LOG: path.join(dir, `${path.basename(distDir)}.log`),
    BUILD_MS: String(buildMs),
  });
  expect(result.stderr, name).toBe("");
  expect(result.code, `${name}: ${result.stdout}`).toBe(0);
  const lines = result.stdout.trim().split("\n");
  return { ...(JSON.parse(lines.at(-1) ?? "") as Omit<Started, "log">), log: lines.slice(0, -1).join("\n") };
}

function builds(distDir: string): string[] {
  const log = path.join(dir, `${path.basename(distDir)}.log`);
  return existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [];
}

async function rows(database: string, table: string): Promise<number> {
  const counted = await rawQuery<{ n: number | string }>(databaseUrl(database), `SELECT count(*) AS n FROM "${table}"`);
  return Number(counted[0]?.n);
}

/** What hold-lock.ts locks: SQLite's start lock is a file's, PostgreSQL's an advisory lock named after the database. */
const lockOf = (name: string) => (onSqlite ? path.join(dir, `${name}.lock`) : databaseUrl(name));

describe("the start lock", () => {
  it("lets one process in at a time, the others waiting", async () => {
    const file = lockOf("turns");
    const results = await Promise.all([1, 2, 3].map(() => run("hold-lock.ts", [file, "400"])));
    const spans = results
      .map(({ code, stdout }) => {
        expect(code).toBe(0);
        const [locked, released] = stdout
          .trim()
          .split("\n")
          .map((line) => Number(line.split(" ")[1]));
        return [locked ?? NaN, released ?? NaN] as const;
      })
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  });

  it("is free as soon as its holder dies, however it dies: no stale lock", async () => {
    const file = lockOf("killed");
    const holder = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-lock.ts", file, "forever"]);
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("close", resolve));
    if (onSqlite) expect(existsSync(`${file}-journal`), "a journal left beside the lock").toBe(false);
    const started = Date.now();
    const next = await run("hold-lock.ts", [file, "0"]);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/^locked/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("instances starting at once on one database and one build folder", () => {
  it("migrate and seed once, build once, and all use that build", async () => {
    const database = "together";
    const distDir = path.join(dir, ".next-together");
    const origin = "http://127.0.0.1:4391";
    const started = await Promise.all(
      [1, 2, 3].map((i) => start(`instance ${i}`, { database, distDir, origin, buildMs: 4000 })),
    );

    expect(builds(distDir).filter((line) => line.includes("build-start"))).toHaveLength(1);
    expect(new Set(started.map(({ stamp }) => stamp.builtAt)).size).toBe(1);
    expect(await pendingMigrations(databaseUrl(database))).toEqual([]);
    expect(await rows(database, "Round")).toBe(seedData.rounds.length);
    // Same content and origin as the build saw: its prerendered pages are served.
    for (const { stamp, serverEnv } of started) expect(serverEnv.PARLEY_PRERENDERED_UNTIL).toBe(String(stamp.builtAt));
  }, 60_000);

  it("start while another connection holds the database open, as a serving instance does", async () => {
    const database = "serving";
    const url = databaseUrl(database);
    await prepareDatabase(url);
    const serving = createPrismaClient(url);
    try {
      await serving.round.count();
      const writing = serving.$transaction(async (tx) => {
        await tx.source.create({ data: { url: "https://example.test/held", publisher: "Example", title: "Held" } });
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      await prepareDatabase(url);
      await writing;
      const other = await start("beside a serving instance", {
        database,
        distDir: path.join(dir, ".next-serving"),
        origin: "http://127.0.0.1:4392",
      });
      expect(other.log).toContain("0 migration(s) applied, existing data kept");
      expect(await serving.source.count({ where: { title: "Held" } })).toBe(1);
    } finally {
      await serving.$disconnect();
    }
  }, 60_000);
});

describe("what a build depends on", () => {
  const database = () => "stamp";
  const distDir = () => path.join(dir, ".next-stamp");

  it("is not the port, the origin or the database: another of each reuses the build", async () => {
    const first = await start("first", { database: database(), distDir: distDir(), origin: "http://127.0.0.1:4393" });
    const otherDatabase = "stamp-other";
    const second = await start("another port, origin and database", {
      database: otherDatabase,
      distDir: distDir(),
      origin: "https://parley.example:4394",
    });
    expect(builds(distDir()).filter((line) => line.includes("build-start"))).toHaveLength(1);
    expect(second.stamp).toEqual(first.stamp);
    expect(second.log).toContain(`using the production build in ${distDir()}`);
    // Its prerendered pages hold the first one's content and links: this one renders its own.
    expect(second.serverEnv.PARLEY_PRERENDERED_UNTIL).toBe("0");
  }, 60_000);

  it("serves the build's pages only while the database holds what the build read", async () => {
    const origin = "http://127.0.0.1:4393";
    const again = await start("unchanged", { database: database(), distDir: distDir(), origin });
    expect(again.serverEnv.PARLEY_PRERENDERED_UNTIL).toBe(String(again.stamp.builtAt));

    const prisma = createPrismaClient(databaseUrl(database()));
    try {
      const round = await prisma.round.findFirstOrThrow({ orderBy: { id: "asc" } });
      await prisma.round.update({ where: { id: round.id }, data: { summary: "Edited while no server ran" } });
    } finally {
      await prisma.$disconnect();
    }
    const afterEdit = await start("after an edit", { database: database(), distDir: distDir(), origin });
    expect(afterEdit.serverEnv.PARLEY_PRERENDERED_UNTIL).toBe("0");
    expect(builds(distDir()).filter((line) => line.includes("build-start"))).toHaveLength(1);
  }, 60_000);

  it("rebuilds when asked, once for instances asking together", async () => {
    const origin = "http://127.0.0.1:4393";
    const before = builds(distDir()).length;
    const rebuilt = await Promise.all(
      [1, 2].map((i) =>
        start(`rebuild ${i}`, { database: database(), distDir: distDir(), origin, args: ["--rebuild"], buildMs: 4000 }),
      ),
    );
    expect(
      builds(distDir())
        .slice(before)
        .filter((line) => line.includes("build-start")),
    ).toHaveLength(1);
    expect(rebuilt[0]?.stamp).toEqual(rebuilt[1]?.stamp);
  }, 60_000);
});
