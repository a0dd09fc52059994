#!/bin/sh
echo "The native Prisma schema engine is not available offline; use npm run db:migrate / db:deploy (scripts/db.ts)." >&2
exit 1
