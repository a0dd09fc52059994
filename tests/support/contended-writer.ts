// One of several processes writing the same database (argv[2], a SQLite or PostgreSQL URL) flat
// out, each write shaped like an editor's save: one transaction that reads first (is the address
// free, which source to cite), then writes the record and its audit row through the app's own
// client factory and audit helper.
// Waits for "go" on stdin so that all writers start together; prints one JSON line per
// acknowledged (committed) write and per failure.
import { createInterface } from "node:readline";
import { recordAudit } from "../../lib/audit";
import { createPrismaClient } from "../../lib/prisma-client";

const [url, writesArg, name] = process.argv.slice(2);
const prisma = createPrismaClient(url);
await prisma.$connect();
const lines = createInterface({ input: process.stdin });
console.log(JSON.stringify({ ready: name }));
await new Promise((resolve) => lines.once("line", resolve));
lines.close();

for (let i = 0; i < Number(writesArg); i++) {
  const slug = `${name}-${i}`;
  const started = performance.now();
  let waitedMs = 0;
  try {
    await prisma.$transaction(async (tx) => {
      waitedMs = performance.now() - started;
      if (await tx.update.findUnique({ where: { slug }, select: { id: true } }))
        throw new Error(`${slug} exists already`);
      const source = await tx.source.findFirstOrThrow({ select: { id: true } });
      const update = await tx.update.create({
        data: {
          slug,
          kind: "REPORT",
          title: `Written by ${name}`,
          body: "Contended write.",
          occurredAt: new Date(),
          timeZone: "UTC",
          sources: { connect: [source] },
        },
      });
      await recordAudit(tx, {
        userId: null,
        action: "create",
        entityType: "update",
        entityId: update.id,
        version: update.version,
        after: update,
      });
    });
    console.log(JSON.stringify({ ack: slug, waitedMs }));
  } catch (error) {
    console.log(
      JSON.stringify({
        error: error instanceof Error ? error.message : String(error),
        code: (error as { code?: unknown }).code,
      }),
    );
  }
}
await prisma.$disconnect();
