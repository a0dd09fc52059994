// Makes sure the tests have Debian's redis-server and nginx (the tests that run several instances),
// PostgreSQL (the integration suite's second store, a throwaway cluster started with its
// initdb/pg_ctl) and wrk (the bench's load generator where nginx answers, tested with the other):
// installed with apt-get when missing and run as root, as CI does; otherwise says what to install.
import { postgresqlBinaries } from "../lib/store/throwaway-postgresql";
import { installMissing, NGINX, REDIS_SERVER, WRK } from "./debian-packages";

try {
  installMissing(
    [
      REDIS_SERVER,
      NGINX,
      // Debian 12's package is PostgreSQL 15, under /usr/lib/postgresql/15/bin; any later one does too.
      { name: "postgresql", present: () => postgresqlBinaries() !== null },
      WRK,
    ],
    (line) => console.log(`[services] ${line}`),
  );
} catch (error) {
  console.error(`[services] ${(error as Error).message}`);
  process.exit(1);
}
