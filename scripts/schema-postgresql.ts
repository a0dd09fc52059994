// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one place the schema is
// written: a Prisma schema names one provider, so PostgreSQL needs its own file, generated client
// and migration history. `--check` fails when the generated file is out of date (run in lint).
//
//   tsx scripts/schema-postgresql.ts           write it
//   tsx scripts/schema-postgresql.ts --check   exit 1 unless it matches what would be written
import { postgresqlSchemaIsCurrent, writePostgresqlSchema } from "../lib/migrations/schema-files";

if (process.argv.includes("--check")) {
  if (!postgresqlSchemaIsCurrent()) {
    console.error(
      "prisma/postgresql/schema.prisma is out of date with prisma/schema.prisma: run npm run db:migrate " +
        "(or tsx scripts/schema-postgresql.ts) and commit the result",
    );
    process.exit(1);
  }
} else if (writePostgresqlSchema()) {
  console.log("Wrote prisma/postgresql/schema.prisma");
}
