// The order an import inserts in, derived from the foreign keys the database declares, so that
// every row's references exist when it arrives on either store (PostgreSQL cannot defer Prisma's
// constraints, and SQLite checks them as rows arrive too).
import type { TableShape, Value } from "./content-format";

/** Tables with every table they reference before them (ties by name); a cycle between tables stops. */
export function tablesInReferenceOrder(tables: TableShape[]): TableShape[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableShape[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: TableShape, path: string[]) => {
    if (state.get(table.name) === "done") return;
    if (state.get(table.name) === "visiting")
      throw new Error(`Cannot order the import: tables reference each other (${[...path, table.name].join(" → ")})`);
    state.set(table.name, "visiting");
    for (const fk of [...table.foreignKeys].sort((a, b) => (a.table < b.table ? -1 : 1))) {
      const referenced = byName.get(fk.table);
      if (referenced && referenced !== table) visit(referenced, [...path, table.name]);
    }
    state.set(table.name, "done");
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => (a.name < b.name ? -1 : 1))) visit(table, []);
  return ordered;
}

/**
 * A table's rows with every row that another row of the same table references before it (a
 * Deadline's `supersedesId` and `chainRootId`); otherwise in the order given. A row may reference
 * itself (a chain's root is its own `chainRootId`).
 */
export function rowsInReferenceOrder(table: TableShape, columns: string[], rows: Value[][]): Value[][] {
  const selfKeys = table.foreignKeys.filter((fk) => fk.table === table.name);
  if (selfKeys.length === 0) return rows;
  const index = (name: string) => columns.indexOf(name);
  const keyOf = (row: Value[], names: string[]) => JSON.stringify(names.map((n) => row[index(n)]));
  const rowByKey = selfKeys.map((fk) => new Map(rows.map((row, i) => [keyOf(row, fk.references), i])));
  const ordered: Value[][] = [];
  const state = new Array<"visiting" | "done" | undefined>(rows.length);
  const visit = (i: number) => {
    if (state[i] === "done") return;
    if (state[i] === "visiting")
      throw new Error(`Cannot order the import: rows of ${table.name} reference each other in a cycle`);
    state[i] = "visiting";
    selfKeys.forEach((fk, k) => {
      const values = fk.columns.map((c) => rows[i]![index(c)]);
      if (values.includes(null)) return;
      const target = rowByKey[k]!.get(JSON.stringify(values));
      if (target !== undefined && target !== i) visit(target);
    });
    state[i] = "done";
    ordered.push(rows[i]!);
  };
  rows.forEach((_, i) => visit(i));
  return ordered;
}
