// npm run db:restore -- FILE: replaces the database with a backup made by db:backup (checked first).
import path from "node:path";
import { restoreDump } from "../lib/backup/postgresql-dump";
import { restoreDatabase } from "../lib/backup/sqlite-files";
import { databaseFilePath, databaseUrl, describeDatabase, storeOf } from "../lib/store/url";

const backup = process.argv[2];
if (!backup) {
  console.error("Usage: npm run db:restore -- path/to/backup (a .db file for SQLite, a .dump for PostgreSQL)");
  process.exit(1);
}
const url = databaseUrl();
try {
  if (storeOf(url) === "postgresql") await restoreDump(path.resolve(backup), url);
  else await restoreDatabase(path.resolve(backup), databaseFilePath(url));
  console.log(
    `Restored ${describeDatabase(url)} from ${path.resolve(backup)}. ` +
      "Restart the app so every page is rebuilt from it (npm start rebuilds).",
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
