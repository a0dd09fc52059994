import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { ftsQuery, MATCH_END, MATCH_START } from "../domain/search-query";
import { yearInZone } from "../domain/time";
import { tags } from "./tags";

export type SearchKind = "round" | "update" | "issue" | "participant";

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  title: string;
  snippet: string;
  /** Where the reader goes for it: updates live on the timeline, in their year. */
  href: string;
}

export const SEARCH_LIMIT = 30;

/** Full-text search over published rounds and updates, issues and the participants readers see, best match first. */
export async function search(input: string): Promise<SearchHit[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.rounds, tags.updates, tags.issues, tags.participants);
  const query = ftsQuery(input);
  if (!query) return [];
  const hits = await prisma.$queryRaw<Omit<SearchHit, "href">[]>`
    SELECT kind, slug,
           highlight("SearchIndex", 2, ${MATCH_START}, ${MATCH_END}) AS title,
           snippet("SearchIndex", 3, ${MATCH_START}, ${MATCH_END}, '…', 24) AS snippet
    FROM "SearchIndex"
    WHERE "SearchIndex" MATCH ${query}
      AND (kind = 'issue'
           OR (kind = 'participant' AND rowid / 4 IN (SELECT p."participantId" FROM "Participation" p JOIN "Round" r ON r.id = p."roundId" WHERE r."publishedAt" IS NOT NULL))
           OR (kind = 'round' AND rowid / 4 IN (SELECT id FROM "Round" WHERE "publishedAt" IS NOT NULL))
           OR (kind = 'update' AND rowid / 4 IN (SELECT id FROM "Update" WHERE "publishedAt" IS NOT NULL)))
    ORDER BY rank
    LIMIT ${SEARCH_LIMIT}`;
  const updateYears = new Map(
    (
      await prisma.update.findMany({
        where: { slug: { in: hits.filter((h) => h.kind === "update").map((h) => h.slug) } },
        select: { slug: true, occurredAt: true, timeZone: true },
      })
    ).map((u) => [u.slug, yearInZone(u.occurredAt, u.timeZone)]),
  );
  return hits.map((hit) => ({ ...hit, href: hrefFor(hit, updateYears.get(hit.slug)) }));
}

function hrefFor(hit: Omit<SearchHit, "href">, year: number | undefined): string {
  switch (hit.kind) {
    case "round":
      return `/rounds/${hit.slug}`;
    case "issue":
      return `/issues/${hit.slug}`;
    case "participant":
      return `/participants/${hit.slug}`;
    case "update":
      return `/timeline?year=${year ?? ""}#update-${hit.slug}`;
  }
}
