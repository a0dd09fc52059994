import type { z } from "zod";
import {
  DeadlineDocumentSchema,
  DeadlineListSchema,
  PrecedentDocumentSchema,
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
} from "../schemas/api";

export interface Endpoint {
  /** OpenAPI path template: `/api/v1/rounds/{slug}`. */
  path: string;
  operationId: string;
  /** A paginated list, one record by its slug, or one document with no parameters. */
  kind: "list" | "record" | "document";
  tag: string;
  summary: string;
  description: string;
  response: z.ZodType;
  /** A real request a reader can try. */
  example: string;
}

/** Every endpoint of the open data API: the OpenAPI document and the Data & API page read this list. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    path: "/api/v1/rounds",
    operationId: "listRounds",
    kind: "list",
    tag: "Rounds",
    summary: "List rounds",
    description:
      "Negotiation rounds, leaders' meetings and calls, earliest first, each with its participants, issues and sources.",
    response: RoundListSchema,
    example: "/api/v1/rounds?per_page=5",
  },
  {
    path: "/api/v1/rounds/{slug}",
    operationId: "getRound",
    kind: "record",
    tag: "Rounds",
    summary: "Get a round",
    description: "One round by its slug.",
    response: RoundDocumentSchema,
    example: "/api/v1/rounds/madrid-2025-09",
  },
  {
    path: "/api/v1/participants",
    operationId: "listParticipants",
    kind: "list",
    tag: "Participants",
    summary: "List participants",
    description: "Negotiators and leaders, by side and name, each with the rounds they took part in.",
    response: ParticipantListSchema,
    example: "/api/v1/participants",
  },
  {
    path: "/api/v1/participants/{slug}",
    operationId: "getParticipant",
    kind: "record",
    tag: "Participants",
    summary: "Get a participant",
    description: "One participant by slug.",
    response: ParticipantDocumentSchema,
    example: "/api/v1/participants/he-lifeng",
  },
  {
    path: "/api/v1/issues",
    operationId: "listIssues",
    kind: "list",
    tag: "Issues",
    summary: "List issues",
    description: "Negotiated issues in the order of the issue board, each with its whole status history.",
    response: IssueListSchema,
    example: "/api/v1/issues",
  },
  {
    path: "/api/v1/issues/{slug}",
    operationId: "getIssue",
    kind: "record",
    tag: "Issues",
    summary: "Get an issue",
    description: "One issue by slug, with its status history.",
    response: IssueDocumentSchema,
    example: "/api/v1/issues/tiktok",
  },
  {
    path: "/api/v1/deadlines",
    operationId: "listDeadlines",
    kind: "list",
    tag: "Deadlines",
    summary: "List deadlines",
    description: "Deadlines by due date, each with its whole chain of extensions.",
    response: DeadlineListSchema,
    example: "/api/v1/deadlines?page=2&per_page=10",
  },
  {
    path: "/api/v1/deadlines/{slug}",
    operationId: "getDeadline",
    kind: "record",
    tag: "Deadlines",
    summary: "Get a deadline",
    description: "One deadline by slug, with its chain of extensions.",
    response: DeadlineDocumentSchema,
    example: "/api/v1/deadlines/tiktok-divestiture-2026-01-23",
  },
  {
    path: "/api/v1/tariff-changes",
    operationId: "listTariffChanges",
    kind: "list",
    tag: "Tariffs",
    summary: "List tariff changes",
    description:
      "Every change of a tariff measure in the order it took effect, with the headline level before and after it.",
    response: TariffChangeListSchema,
    example: "/api/v1/tariff-changes?per_page=100",
  },
  {
    path: "/api/v1/updates",
    operationId: "listUpdates",
    kind: "list",
    tag: "Updates",
    summary: "List updates",
    description: "Published timeline entries (statements, orders, rulings, reports), earliest first.",
    response: UpdateListSchema,
    example: "/api/v1/updates?page=1&per_page=10",
  },
  {
    path: "/api/v1/updates/{slug}",
    operationId: "getUpdate",
    kind: "record",
    tag: "Updates",
    summary: "Get an update",
    description: "One published update by slug.",
    response: UpdateDocumentSchema,
    example: "/api/v1/updates/pafaca-signed",
  },
  {
    path: "/api/v1/sources",
    operationId: "listSources",
    kind: "list",
    tag: "Sources",
    summary: "List sources",
    description: "Every publication cited by a record readers can see.",
    response: SourceListSchema,
    example: "/api/v1/sources?per_page=100",
  },
  {
    path: "/api/v1/precedent",
    operationId: "getPrecedent",
    kind: "document",
    tag: "Precedent",
    summary: "What precedent says",
    description:
      "Counted from the records on every request: how deadlines of each kind ended, how often and by how long each deadline chain was extended, and how analysts' expectations of each round fared.",
    response: PrecedentDocumentSchema,
    example: "/api/v1/precedent",
  },
];
