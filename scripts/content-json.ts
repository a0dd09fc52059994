// npm run db:export [-- FILE]   writes every content row as JSON (stdout without FILE)
// npm run db:import -- FILE     loads such an export into an empty, migrated database
// Either store: an export from SQLite imports into PostgreSQL and the other way round.
import { readFileSync, writeFileSync } from "node:fs";
import { exportContent, importContent, serializeContent, type ContentExport } from "../lib/backup/content-json";
import { databaseUrl, describeDatabase } from "../lib/store/url";

const [command, file] = process.argv.slice(2);
const database = databaseUrl();

try {
  if (command === "export") {
    const json = serializeContent(await exportContent(database));
    if (file) writeFileSync(file, json);
    else process.stdout.write(json);
  } else if (command === "import" && file) {
    await importContent(database, JSON.parse(readFileSync(file, "utf8")) as ContentExport);
    console.log(`Imported ${file} into ${describeDatabase(database)}.`);
  } else {
    console.error("Usage: tsx scripts/content-json.ts export [FILE] | import FILE");
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
