import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { prisma } from "../db";
import { ftsQuery, MATCH_END, MATCH_START, searchWords } from "../domain/search-query";
import { databaseUrl, storeOf } from "../store/url";
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
  const hits = storeOf(databaseUrl()) === "postgresql" ? await searchPostgresql(input) : await searchSqlite(input);
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

type Hit = Omit<SearchHit, "href">;

/** SQLite: the FTS5 index, ranked by bm25, with its own highlight and snippet. */
async function searchSqlite(input: string): Promise<Hit[]> {
  const query = ftsQuery(input);
  if (!query) return [];
  return prisma.$queryRaw<Hit[]>`
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
}

const HEADLINE_MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

/**
 * PostgreSQL: the tsvector index (search_index migration). The same words as on SQLite, all
 * required and the last also as a prefix: `websearch_to_tsquery` reads the reader's words (never
 * an error, whatever they typed) and `to_tsquery` adds the prefix, on a word made of letters and
 * digits only. Ranked by ts_rank, highlighted by ts_headline.
 */
async function searchPostgresql(input: string): Promise<Hit[]> {
  const words = searchWords(input);
  if (words.length === 0) return [];
  const last = words.at(-1)!;
  return prisma.$queryRaw<Hit[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('english', ${words.slice(0, -1).join(" ")})
             && to_tsquery('english', ${`${last}:*`}) AS query
    )
    SELECT kind, slug,
           ts_headline('english', title, q.query, ${`HighlightAll=true, ${HEADLINE_MARKS}`}) AS title,
           ts_headline('english', body, q.query, ${`MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…, ${HEADLINE_MARKS}`}) AS snippet
    FROM "SearchIndex", q
    WHERE document @@ q.query
      AND (kind = 'issue'
           OR (kind = 'participant' AND key / 4 IN (SELECT p."participantId" FROM "Participation" p JOIN "Round" r ON r.id = p."roundId" WHERE r."publishedAt" IS NOT NULL))
           OR (kind = 'round' AND key / 4 IN (SELECT id FROM "Round" WHERE "publishedAt" IS NOT NULL))
           OR (kind = 'update' AND key / 4 IN (SELECT id FROM "Update" WHERE "publishedAt" IS NOT NULL)))
    ORDER BY ts_rank(document, q.query) DESC, key
    LIMIT ${SEARCH_LIMIT}`;
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
