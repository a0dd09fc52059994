import Database from "better-sqlite3";

/** Tables that are the tracker's content; sessions and migration history are not. */
const SKIPPED = new Set(["_prisma_migrations", "Session", "Verification", "sqlite_sequence"]);

export interface ContentExport {
  format: "parley-content";
  version: 1;
  /** The last applied migration: an export is imported into a database at the same schema. */
  schema: string;
  tables: Record<string, { columns: string[]; rows: unknown[][] }>;
}

function contentTables(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
      .map(String)
      // The search index is derived: the triggers that keep it in sync rebuild it as rows arrive.
      .filter((name) => !SKIPPED.has(name) && !name.startsWith("sqlite_") && !name.startsWith("SearchIndex"))
  );
}

function lastMigration(db: Database.Database): string {
  return String(
    db
      .prepare(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1",
      )
      .pluck()
      .get() ?? "",
  );
}

/** Every content row, exactly as stored (text stays text, integers stay integers), in a stable order. */
export function exportContent(databaseFile: string): ContentExport {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  db.defaultSafeIntegers(true);
  try {
    const tables: ContentExport["tables"] = {};
    for (const table of contentTables(db)) {
      const statement = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).raw(true);
      const columns = statement.columns().map((c) => c.name);
      const rows = statement
        .all()
        .map((row) => (row as unknown[]).map((v) => (typeof v === "bigint" ? { int: v.toString() } : v)));
      tables[table] = { columns, rows };
    }
    return { format: "parley-content", version: 1, schema: lastMigration(db), tables };
  } finally {
    db.close();
  }
}

/**
 * Loads an export into a migrated database that holds no content yet, in one transaction:
 * either everything arrives or nothing does.
 */
export function importContent(databaseFile: string, data: ContentExport) {
  if (data.format !== "parley-content" || data.version !== 1) throw new Error("Not a Parley content export");
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  try {
    if (lastMigration(db) !== data.schema)
      throw new Error(
        `The export is at schema ${data.schema}; this database is at ${lastMigration(db)}. Migrate first.`,
      );
    const tables = contentTables(db);
    const nonEmpty = tables.filter((t) => Number(db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()) > 0);
    if (nonEmpty.length > 0)
      throw new Error(`The database already holds content (${nonEmpty.join(", ")}); import into an empty one.`);
    db.pragma("foreign_keys = OFF");
    db.transaction(() => {
      for (const [table, { columns, rows }] of Object.entries(data.tables)) {
        if (!tables.includes(table)) throw new Error(`Unknown table in export: ${table}`);
        const insert = db.prepare(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        );
        for (const row of rows)
          insert.run(
            ...row.map((v) => (v && typeof v === "object" && "int" in v ? BigInt((v as { int: string }).int) : v)),
          );
      }
      const problems = db.prepare("PRAGMA foreign_key_check").all();
      if (problems.length > 0) throw new Error(`The export breaks ${problems.length} foreign key(s)`);
    })();
    db.pragma("foreign_keys = ON");
  } finally {
    db.close();
  }
}
