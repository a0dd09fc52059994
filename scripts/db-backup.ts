// npm run db:backup [-- FILE]: a consistent online backup of the database, safe while the app serves and writes.
// SQLite: a copy of the file (VACUUM INTO); PostgreSQL: a custom-format pg_dump.
import path from "node:path";
import { dumpDatabase } from "../lib/backup/postgresql-dump";
import { backupDatabase } from "../lib/backup/sqlite-files";
import { DEFAULT_DATABASE_FILE, databaseFilePath, databaseUrl, describeDatabase, storeOf } from "../lib/store/url";

const url = databaseUrl();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const started = performance.now();
const elapsed = () => `${Math.round(performance.now() - started)} ms`;

try {
  if (storeOf(url) === "postgresql") {
    const defaultDir = path.join(path.dirname(path.resolve(DEFAULT_DATABASE_FILE)), "backups");
    const destination = path.resolve(process.argv[2] ?? path.join(defaultDir, `parley-${stamp}.dump`));
    const { bytes } = await dumpDatabase(url, destination);
    console.log(`Backed up ${describeDatabase(url)} to ${destination} (${bytes} bytes, ${elapsed()})`);
  } else {
    const file = databaseFilePath(url);
    const destination = path.resolve(process.argv[2] ?? path.join(path.dirname(file), "backups", `parley-${stamp}.db`));
    const { pages } = await backupDatabase(file, destination);
    console.log(`Backed up ${file} to ${destination} (${pages} pages, ${elapsed()})`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
