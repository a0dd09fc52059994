// npm run db:export [-- FILE]   writes every content row as JSON (stdout without FILE)
// npm run db:import -- FILE     loads such an export into an empty, migrated database
import { readFileSync, writeFileSync } from "node:fs";
import { exportContent, importContent, type ContentExport } from "../lib/backup/content-json";
import { databaseFilePath, databaseUrl } from "../lib/prisma-client";

const [command, file] = process.argv.slice(2);
const database = databaseFilePath(databaseUrl());

if (command === "export") {
  const json = JSON.stringify(exportContent(database), null, 1);
  if (file) writeFileSync(file, json);
  else process.stdout.write(json);
} else if (command === "import" && file) {
  importContent(database, JSON.parse(readFileSync(file, "utf8")) as ContentExport);
  console.log(`Imported ${file} into ${database}.`);
} else {
  console.error("Usage: tsx scripts/content-json.ts export [FILE] | import FILE");
  process.exit(1);
}
