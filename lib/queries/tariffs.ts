import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { published } from "./published";
import { sourceSelect } from "./source-fields";
import { tags } from "./tags";

/** Every tariff change in the order it took effect, with its sources. */
export async function listTariffChanges() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.tariffs, tags.sources);
  return prisma.tariffChange.findMany({
    orderBy: [{ effectiveAt: "asc" }, { id: "asc" }],
    include: { sources: sourceSelect },
  });
}

export type TariffChangeRecord = Awaited<ReturnType<typeof listTariffChanges>>[number];

const markedKinds = ["NEGOTIATION_ROUND", "LEADERS_MEETING"] as const;

/** Negotiation rounds and leaders' meetings to mark on the tariff chart: published, and held or still to come. */
export async function listRoundsForTariffChart() {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds);
  return prisma.round.findMany({
    where: {
      ...published,
      kind: { in: [...markedKinds] },
      status: { notIn: ["POSTPONED", "CANCELLED"] },
    } satisfies Prisma.RoundWhereInput,
    orderBy: { startsAt: "asc" },
    select: { slug: true, title: true, kind: true, startsAt: true, endsAt: true, timeZone: true, status: true },
  });
}

export type ChartRound = Awaited<ReturnType<typeof listRoundsForTariffChart>>[number];
