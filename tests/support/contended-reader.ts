// Reads the latest updates with their sources and audit rows, as reader pages do, from the database
// argv[2] names until its stdin closes; then prints how many reads it made and every failure, as
// one JSON line.
import { createPrismaClient } from "../../lib/prisma-client";

const [url] = process.argv.slice(2);
const prisma = createPrismaClient(url);
let reading = true;
process.stdin.on("data", () => undefined).once("end", () => (reading = false));

let reads = 0;
const errors: string[] = [];
while (reading) {
  try {
    const latest = await prisma.update.findMany({
      orderBy: { id: "desc" },
      take: 20,
      include: { sources: { select: { id: true } } },
    });
    await prisma.auditEvent.count({ where: { entityType: "update", entityId: { in: latest.map((u) => u.id) } } });
    reads++;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
}
console.log(JSON.stringify({ reads, errors }));
await prisma.$disconnect();
