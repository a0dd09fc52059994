// npm run db:backup [-- FILE]: a consistent online backup of the database, safe while the app serves and writes.
import path from "node:path";
import { backupDatabase } from "../lib/backup/sqlite-files";
import { databaseFilePath, databaseUrl } from "../lib/prisma-client";

const file = databaseFilePath(databaseUrl());
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = path.resolve(process.argv[2] ?? path.join(path.dirname(file), "backups", `parley-${stamp}.db`));
const started = performance.now();
const { pages } = await backupDatabase(file, destination);
console.log(`Backed up ${file} to ${destination} (${pages} pages, ${Math.round(performance.now() - started)} ms)`);
