import "server-only";
import { prisma } from "../db";

export type DetailKind = "rounds" | "issues" | "deadlines" | "participants";

/** Whether a detail page has a record to show: one indexed lookup on the slug. */
export async function recordExists(kind: DetailKind, slug: string): Promise<boolean> {
  const where = { where: { slug }, select: { id: true } };
  switch (kind) {
    case "rounds":
      return (await prisma.round.findFirst({ where: { slug, publishedAt: { not: null } }, select: { id: true } })) !== null;
    case "issues":
      return (await prisma.issue.findUnique(where)) !== null;
    case "deadlines":
      return (await prisma.deadline.findUnique(where)) !== null;
    case "participants":
      return (await prisma.participant.findUnique(where)) !== null;
  }
}

/** Whether an enabled admin exists: the one-time set-up page is there only until one does. */
export async function adminExists(): Promise<boolean> {
  return (await prisma.user.count({ where: { role: "admin", banned: false } })) > 0;
}
