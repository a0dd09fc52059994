-- Sign-in failures are counted by rate-limiter-flexible (lib/rate-limits.ts); nothing reads this
-- table, and Better Auth's own limiter, which could, is not used.
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "RateLimit";
PRAGMA foreign_keys=on;
