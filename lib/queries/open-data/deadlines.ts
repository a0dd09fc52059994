import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { orderChain } from "../../domain/deadline-status";
import { sourceSelect } from "../source-fields";
import { tags } from "../tags";
import { pageWindow, type PageOf } from "./pagination";

const deadlineInclude = {
  issue: { select: { slug: true } },
  supersedes: { select: { slug: true } },
  supersededBy: { select: { slug: true } },
  sources: sourceSelect,
} satisfies Prisma.DeadlineInclude;

const chainLinkSelect = {
  id: true,
  slug: true,
  dueAt: true,
  timeZone: true,
  timePrecision: true,
  status: true,
  setBy: true,
  supersedesId: true,
  chainRootId: true,
  updatedAt: true,
} satisfies Prisma.DeadlineSelect;

export type ChainLinkRecord = Prisma.DeadlineGetPayload<{ select: typeof chainLinkSelect }>;
export type DeadlineRecord = Prisma.DeadlineGetPayload<{ include: typeof deadlineInclude }> & {
  chain: ChainLinkRecord[];
};

const rootOf = (d: { id: number; chainRootId: number | null }) => d.chainRootId ?? d.id;

/** Attaches to each deadline its whole chain, first date first, read in one query. */
async function withChains<T extends { id: number; chainRootId: number | null }>(
  deadlines: T[],
): Promise<(T & { chain: ChainLinkRecord[] })[]> {
  const roots = [...new Set(deadlines.map(rootOf))];
  const links = await prisma.deadline.findMany({
    where: { OR: [{ id: { in: roots } }, { chainRootId: { in: roots } }] },
    select: chainLinkSelect,
  });
  const chains = new Map(roots.map((root) => [root, orderChain(links.filter((l) => rootOf(l) === root))]));
  return deadlines.map((d) => ({ ...d, chain: chains.get(rootOf(d)) ?? [] }));
}

/** Deadlines by due date, each with its chain of extensions. */
export async function deadlineRecordsPage(page: number, perPage: number): Promise<PageOf<DeadlineRecord>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines, tags.issues, tags.sources);
  const [rows, total] = await Promise.all([
    prisma.deadline.findMany({
      include: deadlineInclude,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, perPage),
    }),
    prisma.deadline.count(),
  ]);
  return { rows: await withChains(rows), total };
}

export async function deadlineRecordBySlug(slug: string): Promise<DeadlineRecord | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines, tags.deadline(slug), tags.issues, tags.sources);
  const row = await prisma.deadline.findUnique({ where: { slug }, include: deadlineInclude });
  return row ? ((await withChains([row]))[0] ?? null) : null;
}
