// What a build's prerendered pages were rendered from. They hold the database's content as the
// build saw it and absolute links to the origin it was given, so an instance serves them only when
// its own database content, origin and clock are the same; otherwise it renders each page afresh.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export interface PagesStamp {
  origin: string;
  /** `contentStamp` of the database the build read. */
  content: string;
  /** PARLEY_CLOCK, when the clock was frozen. */
  clock: string | null;
}

/** Tables whose rows never show on a page: derived (the search index), or churn of sign-ins. */
const NOT_CONTENT = /^(sqlite_|_prisma_migrations$|SearchIndex|Session$|Verification$)/;

interface Column {
  name: string;
  type: string;
}

/**
 * A stamp of the database's content, changed by every insert, delete or edit Parley makes (its
 * editors' saves raise a version and `updatedAt` and add an audit row; imports and restores change
 * counts, ids and dates): per table its row count, highest rowid, latest `updatedAt` and the sum
 * of each integer column (versions, the ids of links). Aggregates, not a hash of every row:
 * ~5 ms on the 12 MB bench database where hashing every row takes half a second.
 */
export function contentStamp(databaseFile: string): string {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const hash = createHash("sha256");
    const read = db.transaction(() => {
      for (const table of tables.filter((name) => !NOT_CONTENT.test(name))) {
        const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
        const aggregates = [
          "count(*)",
          "max(rowid)",
          ...columns
            .filter((column) => column.name === "updatedAt" || /INT/i.test(column.type))
            .map((column) => (column.name === "updatedAt" ? `max("${column.name}")` : `total("${column.name}")`)),
        ];
        const row = db
          .prepare(`SELECT ${aggregates.join(", ")} FROM "${table}"`)
          .raw()
          .get();
        hash.update(`${table}\0${JSON.stringify(row)}\0`);
      }
    });
    read();
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

export function pagesStamp(databaseFile: string, env: NodeJS.ProcessEnv): PagesStamp {
  return {
    origin: env.PARLEY_ORIGIN ?? "",
    content: contentStamp(databaseFile),
    clock: env.PARLEY_CLOCK || null,
  };
}

export const samePages = (a: PagesStamp | undefined, b: PagesStamp) =>
  a !== undefined && a.origin === b.origin && a.content === b.content && a.clock === b.clock;
