// Reads the test server's database directly, whichever store it is, to check what a request wrote.
import Database from "better-sqlite3";
import pg from "pg";
import { databaseFilePath, storeOf } from "../../lib/store/url";

/** `SELECT count(*) FROM table WHERE where`, with `?` placeholders on either store. */
export async function countRows(databaseUrl: string, table: string, where: string, ...params: unknown[]) {
  const sql = `SELECT count(*) AS n FROM "${table}" WHERE ${where}`;
  if (storeOf(databaseUrl) === "sqlite") {
    const db = new Database(databaseFilePath(databaseUrl), { readonly: true });
    try {
      return (db.prepare(sql).get(...params) as { n: number }).n;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let n = 0;
    const { rows } = await client.query<{ n: string }>(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}
