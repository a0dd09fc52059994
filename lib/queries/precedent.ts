import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { chainPrecedents, kindRecords, tallyExpectations, type PrecedentLink } from "../domain/precedent";
import { published } from "./published";
import { tags } from "./tags";

/** Every deadline link, as precedent reads them: an extension or an outcome changes them. */
export async function precedentLinks(): Promise<PrecedentLink[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.deadlines);
  return prisma.deadline.findMany({
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      timeZone: true,
      dueAt: true,
      status: true,
      supersedesId: true,
      chainRootId: true,
    },
  });
}

/** Each published round that had expectations, oldest first, with how each was assessed. */
export async function roundExpectationRecords() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds);
  return prisma.round.findMany({
    where: { ...published, expectations: { some: {} } },
    orderBy: { startsAt: "asc" },
    select: {
      slug: true,
      title: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      expectations: { select: { assessment: true } },
    },
  });
}

/** The whole track record at `now`: every deadline chain, every kind, and every round's expectations. */
export async function trackRecord(now: number) {
  const [links, rounds] = await Promise.all([precedentLinks(), roundExpectationRecords()]);
  const chains = chainPrecedents(links, now).sort(
    (a, b) => b.extensions.length - a.extensions.length || a.title.localeCompare(b.title),
  );
  const roundTallies = rounds.map(({ expectations, ...round }) => ({
    ...round,
    tally: tallyExpectations(expectations.map((e) => e.assessment)),
  }));
  const overall = tallyExpectations(rounds.flatMap((round) => round.expectations.map((e) => e.assessment)));
  return { chains, kinds: kindRecords(links, now), rounds: roundTallies, overall };
}

export type TrackRecord = Awaited<ReturnType<typeof trackRecord>>;
