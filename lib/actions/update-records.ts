import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** An update as the audit log keeps it: its fields, the ids it links to, and the slugs of the pages showing it. */
export async function updateSnapshot(tx: Prisma.TransactionClient, id: number) {
  const update = await tx.update.findUnique({
    where: { id },
    include: {
      issues: { select: { id: true, slug: true }, orderBy: { id: "asc" } },
      sources: { select: { id: true }, orderBy: { id: "asc" } },
      round: { select: { slug: true } },
    },
  });
  if (!update) return null;
  const { issues, sources, round, createdAt: _c, updatedAt: _u, ...fields } = update;
  return {
    ...fields,
    issueIds: issues.map((i) => i.id),
    sourceIds: sources.map((s) => s.id),
    issueSlugs: issues.map((i) => i.slug),
    roundSlug: round?.slug ?? null,
  };
}
