import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { sourceSelect } from "../source-fields";
import { tags } from "../tags";
import { pageWindow, type PageOf } from "./pagination";

const issueInclude = {
  statusChanges: {
    include: { round: { select: { slug: true, publishedAt: true } }, sources: sourceSelect },
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  },
  deadlines: { select: { slug: true }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] },
  sources: sourceSelect,
} satisfies Prisma.IssueInclude;

export type IssueRecord = Prisma.IssueGetPayload<{ include: typeof issueInclude }>;

/** Issues in the order of the issue board, each with its whole status history. */
export async function issueRecordsPage(page: number, perPage: number): Promise<PageOf<IssueRecord>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issues, tags.deadlines, tags.rounds, tags.sources);
  const [rows, total] = await Promise.all([
    prisma.issue.findMany({
      include: issueInclude,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      ...pageWindow(page, perPage),
    }),
    prisma.issue.count(),
  ]);
  return { rows, total };
}

export async function issueRecordBySlug(slug: string): Promise<IssueRecord | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.issues, tags.issue(slug), tags.deadlines, tags.rounds, tags.sources);
  return prisma.issue.findUnique({ where: { slug }, include: issueInclude });
}
