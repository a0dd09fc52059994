// Global setup of the `integration-postgresql` project: one PostgreSQL server for the whole run,
// in which every test file creates (and drops) its own database. TEST_POSTGRESQL_URL names a server
// to use instead (any database on it; the role must be allowed to create databases); otherwise a
// throwaway cluster from Debian's packages is started here and stopped when the run ends.
import type { TestProject } from "vitest/node";
import { storeOf } from "../../../lib/store/url";
import { startThrowawayPostgresql } from "../../../lib/store/throwaway-postgresql";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL on the run's PostgreSQL server; test files replace its database name with their own. */
    postgresqlServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const named = process.env.TEST_POSTGRESQL_URL?.trim();
  if (named) {
    if (storeOf(named) !== "postgresql") throw new Error(`TEST_POSTGRESQL_URL is not a PostgreSQL URL: ${named}`);
    project.provide("postgresqlServerUrl", named);
    return;
  }
  const server = await startThrowawayPostgresql({ fast: true });
  project.provide("postgresqlServerUrl", server.url("postgres"));
  return () => server.stop();
}
