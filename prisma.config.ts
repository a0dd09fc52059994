import path from "node:path";
import { defineConfig } from "prisma/config";

// `prisma migrate` would download a native schema engine this machine cannot reach;
// point the CLI at a script that fails loudly. Migrations run through scripts/db.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "no-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
