import "server-only";
import { cacheLife } from "next/cache";
import type { z } from "zod";
import {
  DeadlineDocumentSchema,
  DeadlineListSchema,
  IssueDocumentSchema,
  IssueListSchema,
  ParticipantDocumentSchema,
  ParticipantListSchema,
  RoundDocumentSchema,
  RoundListSchema,
  SourceListSchema,
  TariffChangeListSchema,
  UpdateDocumentSchema,
  UpdateListSchema,
  type PageQuery,
} from "../schemas/api";
import { paginate } from "./pagination";
import {
  findDeadline,
  findIssue,
  findParticipant,
  findRound,
  findUpdate,
  listDeadlines,
  listIssues,
  listParticipants,
  listRounds,
  listSources,
  listTariffChangesPage,
  listUpdates,
  type Found,
  type Listing,
} from "./resources";

// The API's bodies, serialised once and kept in Next's data cache: a request then costs a cache read
// instead of decoding the records, shaping them and checking them against their schema. Each entry
// carries the tags of the queries it read (Next passes a nested cache's tags to the one around it),
// so an editor's save refreshes the body on the next request, as it does the pages.

type ListSchema = z.ZodType<{ data: unknown[] }>;
type DocumentSchema = z.ZodType<{ data: unknown }>;
type Item<S extends z.ZodType> = z.input<S> extends { data: infer D } ? (D extends (infer T)[] ? T : D) : never;

/** A JSON body as sent, and when anything in it last changed. */
export interface Body {
  json: string;
  lastModified?: Date;
}

/** One page of a list, with what its headers need. */
export interface ListBody extends Body {
  total: number;
  linkHeader: string;
}

function listOf<S extends ListSchema>(schema: S, load: (query: PageQuery) => Promise<Listing<Item<S>>>) {
  return async (path: string, query: PageQuery): Promise<ListBody> => {
    const listing = await load(query);
    const { meta, links, linkHeader } = paginate(path, query, listing.total);
    const body = { data: listing.items, meta, links } as z.input<S>;
    return {
      json: JSON.stringify(schema.parse(body)),
      lastModified: listing.lastModified,
      total: listing.total,
      linkHeader,
    };
  };
}

function recordOf<S extends DocumentSchema>(schema: S, load: (slug: string) => Promise<Found<Item<S>> | null>) {
  return async (slug: string): Promise<Body | null> => {
    const found = await load(slug);
    if (!found) return null;
    return { json: JSON.stringify(schema.parse({ data: found.item } as z.input<S>)), lastModified: found.lastModified };
  };
}

const LISTS = {
  "/api/v1/rounds": listOf(RoundListSchema, listRounds),
  "/api/v1/participants": listOf(ParticipantListSchema, listParticipants),
  "/api/v1/issues": listOf(IssueListSchema, listIssues),
  "/api/v1/deadlines": listOf(DeadlineListSchema, listDeadlines),
  "/api/v1/tariff-changes": listOf(TariffChangeListSchema, listTariffChangesPage),
  "/api/v1/updates": listOf(UpdateListSchema, listUpdates),
  "/api/v1/sources": listOf(SourceListSchema, listSources),
};

const RECORDS = {
  round: recordOf(RoundDocumentSchema, findRound),
  participant: recordOf(ParticipantDocumentSchema, findParticipant),
  issue: recordOf(IssueDocumentSchema, findIssue),
  deadline: recordOf(DeadlineDocumentSchema, findDeadline),
  update: recordOf(UpdateDocumentSchema, findUpdate),
};

export type ListPath = keyof typeof LISTS;
export type RecordKind = keyof typeof RECORDS;

/** One page of a list endpoint's body. */
export async function listBody(path: ListPath, page: number, perPage: number): Promise<ListBody> {
  "use cache";
  cacheLife("hours");
  return LISTS[path](path, { page, per_page: perPage });
}

/** One record's body, or null when no published record has the slug. */
export async function recordBody(kind: RecordKind, slug: string): Promise<Body | null> {
  "use cache";
  cacheLife("hours");
  return RECORDS[kind](slug);
}
