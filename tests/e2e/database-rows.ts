// Reads the test server's database directly, whichever store it is, to check what a request wrote.
import Database from "better-sqlite3";
import { withPgClient } from "../../lib/store/postgresql";
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
  let n = 0;
  return withPgClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return Number(rows[0]!.n);
  });
}
