// Writes updates as fast as it can through the app's Prisma client and prints "ack <slug>" after
// each commit; the durability test kills it mid-write and checks that every ack survived.
import { createPrismaClient } from "../../lib/prisma-client";

const prisma = createPrismaClient(`file:${process.argv[2]}`);
for (let i = 0; ; i++) {
  const slug = `crash-${process.pid}-${i}`;
  await prisma.$transaction(async (tx) => {
    const update = await tx.update.create({
      data: {
        slug,
        kind: "REPORT",
        title: `Crash test ${i}`,
        body: "x".repeat(2000),
        occurredAt: new Date(),
        timeZone: "UTC",
      },
    });
    await tx.auditEvent.create({
      data: { action: "create", entityType: "update", entityId: update.id, version: 1, after: JSON.stringify(update) },
    });
  });
  process.stdout.write(`ack ${slug}\n`);
}
