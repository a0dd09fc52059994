// One of several processes saving the same record (argv[2] the database URL, argv[3] the update's
// id) over and over, as editors who opened the same form: each round it reads the version, says
// "ready", waits for a "go" line on stdin (so every process saves the version they all read), then
// saves it as lib/actions/versioned-save.ts does: one transaction, the write only if the version is
// still the one read, and the audit row with it. Prints one JSON line per round: won or conflict.
import { createInterface } from "node:readline";
import { recordAudit } from "../../lib/audit";
import { createPrismaClient } from "../../lib/prisma-client";

const [url = "", idArg, roundsArg, name] = process.argv.slice(2);
const id = Number(idArg);
const prisma = createPrismaClient(url);
await prisma.$connect();
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

class Conflict extends Error {}

for (let round = 0; round < Number(roundsArg); round++) {
  const { version } = await prisma.update.findUniqueOrThrow({ where: { id }, select: { version: true } });
  console.log(JSON.stringify({ ready: round }));
  if ((await lines.next()).done) break;
  const title = `${name} in round ${round}`;
  try {
    await prisma.$transaction(async (tx) => {
      const before = await tx.update.findUniqueOrThrow({ where: { id } });
      if (before.version !== version) throw new Conflict();
      const { count } = await tx.update.updateMany({
        where: { id, version },
        data: { title, version: { increment: 1 } },
      });
      if (count === 0) throw new Conflict();
      const after = await tx.update.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, {
        userId: null,
        action: "update",
        entityType: "update",
        entityId: id,
        version: after.version,
        before,
        after,
      });
    });
    console.log(JSON.stringify({ round, won: version + 1, title }));
  } catch (error) {
    if (error instanceof Conflict) console.log(JSON.stringify({ round, conflict: version }));
    else console.log(JSON.stringify({ round, error: error instanceof Error ? error.message : String(error) }));
  }
}
await prisma.$disconnect();
process.exit(0);
