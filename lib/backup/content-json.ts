// `npm run db:export` / `db:import`: the site's content as JSON that either store reads and
// writes, so a site moves between SQLite and PostgreSQL by exporting from one and importing into
// the other (lib/backup/content-format.ts says what makes the bytes store-neutral).
import { storeOf, databaseFilePath } from "../store/url";
import {
  buildExport,
  checkValue,
  CONTENT_FORMAT,
  CONTENT_VERSION,
  schemaFingerprint,
  type ContentExport,
  type TableShape,
  type Value,
} from "./content-format";
import { rowsInReferenceOrder, tablesInReferenceOrder } from "./content-order";
import { openPostgresqlContent } from "./content-postgresql";
import { openSqliteContent } from "./content-sqlite";
import type { ContentStore } from "./content-store";

export { serializeContent, type ContentExport } from "./content-format";

/** `database`: a `file:` or `postgresql:` URL, or a SQLite file's path. */
async function openContent(database: string, options: { readonly?: boolean } = {}): Promise<ContentStore> {
  return storeOf(database) === "postgresql"
    ? openPostgresqlContent(database)
    : openSqliteContent(databaseFilePath(database), options);
}

/** Every content row, normalized, in a stable order: the same export from either store. */
export async function exportContent(database: string): Promise<ContentExport> {
  const store = await openContent(database, { readonly: true });
  try {
    const tables = await store.tables();
    const rows = new Map<string, Value[][]>();
    for (const table of tables) rows.set(table.name, await store.rows(table));
    return buildExport(tables, rows);
  } finally {
    await store.close();
  }
}

/** Why an export does not fit this database, by name where the names differ. */
function schemaMismatch(data: ContentExport, tables: TableShape[]): string {
  const here = new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  const there = new Map(Object.entries(data.tables).map(([name, t]) => [name, new Set(t.columns)]));
  const onlyIn = (a: Map<string, Set<string>>, b: Map<string, Set<string>>) =>
    [...a].flatMap(([table, columns]) =>
      b.has(table) ? [...columns].filter((c) => !b.get(table)!.has(c)).map((c) => `${table}.${c}`) : [table],
    );
  const differences = [
    ...onlyIn(there, here).map((name) => `${name} is only in the export`),
    ...onlyIn(here, there).map((name) => `${name} is only in this database`),
  ];
  return (
    `The export is of another schema (${data.schema}) than this database's (${schemaFingerprint(tables)})` +
    `${differences.length > 0 ? `: ${differences.slice(0, 10).join("; ")}` : ": column types differ"}. ` +
    "Export and import with the same version of Parley, both databases migrated."
  );
}

/**
 * Loads an export into a migrated database that holds no content yet, in one transaction:
 * either everything arrives or nothing does.
 */
export async function importContent(database: string, data: ContentExport): Promise<void> {
  if (data?.format !== CONTENT_FORMAT) throw new Error("Not a Parley content export");
  if (data.version !== CONTENT_VERSION)
    throw new Error(
      `This is a version ${String(data.version)} content export; this Parley reads version ${CONTENT_VERSION}. ` +
        "Import it with the Parley that wrote it, then export again with this one.",
    );
  const store = await openContent(database);
  try {
    const tables = await store.tables();
    if (data.schema !== schemaFingerprint(tables)) throw new Error(schemaMismatch(data, tables));
    const unknown = Object.keys(data.tables).filter((name) => !tables.some((t) => t.name === name));
    if (unknown.length > 0) throw new Error(`Unknown table(s) in the export: ${unknown.join(", ")}`);
    const batches = tablesInReferenceOrder(tables).map((table) => {
      const { columns, rows } = data.tables[table.name] ?? { columns: [], rows: [] };
      const shapes = columns.map((name) => {
        const shape = table.columns.find((c) => c.name === name);
        if (!shape) throw new Error(`The export's ${table.name} has a column this database lacks: ${name}`);
        return shape;
      });
      const checked = rows.map((row, r) => {
        if (row.length !== columns.length)
          throw new Error(`${table.name} row ${r + 1}: ${row.length} values for ${columns.length} columns`);
        return row.map((value, i) => checkValue(value, shapes[i]!, `${table.name} row ${r + 1}`));
      });
      return { table, columns, rows: rowsInReferenceOrder(table, columns, checked) };
    });
    await store.load({
      tables,
      batches,
      refuseUnlessEmpty(counts) {
        const nonEmpty = counts.filter((c) => c.rows > 0).map((c) => c.table);
        if (nonEmpty.length > 0)
          throw new Error(
            `The database already holds content (${nonEmpty.sort().join(", ")}); import into an empty one.`,
          );
      },
    });
  } finally {
    await store.close();
  }
}
