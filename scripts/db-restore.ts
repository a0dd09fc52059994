// npm run db:restore -- FILE: replaces the database with a backup made by db:backup (checked first).
import path from "node:path";
import { restoreDatabase } from "../lib/backup/sqlite-files";
import { databaseFilePath, databaseUrl } from "../lib/prisma-client";

const backup = process.argv[2];
if (!backup) {
  console.error("Usage: npm run db:restore -- path/to/backup.db");
  process.exit(1);
}
const file = databaseFilePath(databaseUrl());
await restoreDatabase(path.resolve(backup), file);
console.log(
  `Restored ${file} from ${path.resolve(backup)}. Restart the app so every page is rebuilt from it (npm start rebuilds).`,
);
