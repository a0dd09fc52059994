import { z } from "zod";
import {
  DeadlineKind,
  DeadlineStatus,
  IssueStatus,
  ParticipationRole,
  RoundKind,
  RoundStatus,
  Side,
  TariffDirection,
  TariffMeasure,
  TariffScope,
  TimePrecision,
  UpdateKind,
} from "../generated/prisma/enums";

// The open data API's response shapes, written once: route handlers parse every body through
// these schemas (which also drops any field not declared here), and the OpenAPI document is
// generated from them.

/** Every named schema, as `#/components/schemas/<id>` in the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const instant = z.iso.datetime().describe("An instant in UTC, ISO 8601.");
const calendarDay = z.iso.date().describe("A calendar date, YYYY-MM-DD.");
const zone = z.string().describe('The IANA time zone the instant was set in, e.g. "America/New_York".');
const precision = z
  .enum(TimePrecision)
  .describe("DAY: only the local calendar day in `time_zone` is known; MINUTE: the exact instant.");
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const pageUrl = z.url().describe("Where the record is shown on Parley.");

export const SourceSchema = z
  .object({
    id: z.int(),
    url: z.url(),
    publisher: z.string(),
    title: z.string(),
    published_on: calendarDay.nullable(),
  })
  .register(apiSchemas, {
    id: "Source",
    description: "A publication that states a fact. Every record lists the sources behind it.",
  });

const sources = z.array(SourceSchema);

const IssueRefSchema = z
  .object({ slug, title: z.string(), status: z.enum(IssueStatus), url: pageUrl })
  .register(apiSchemas, { id: "IssueRef" });

export const RoundSchema = z
  .object({
    id: z.int(),
    slug,
    url: pageUrl,
    kind: z.enum(RoundKind),
    sequence: z.int().nullable().describe("Ordinal among formal negotiation rounds only."),
    title: z.string(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    venue: z.string().nullable(),
    starts_at: instant,
    ends_at: instant.describe("Exclusive: for a DAY-precision round, the local midnight after its last day."),
    time_zone: zone,
    time_precision: precision,
    status: z.enum(RoundStatus),
    summary: z.string(),
    outcome: z.string().nullable(),
    unverified: z.boolean().describe("Thinly sourced: see `caveat`."),
    caveat: z.string().nullable(),
    published_at: instant,
    updated_at: instant,
    participants: z.array(
      z.object({
        slug,
        name: z.string(),
        office: z.string(),
        side: z.enum(Side),
        role: z.enum(ParticipationRole),
        note: z.string().nullable(),
        url: pageUrl,
      }),
    ),
    issues: z.array(IssueRefSchema),
    sources,
  })
  .register(apiSchemas, {
    id: "Round",
    description: "A negotiation round, leaders' meeting or call, with who took part and the issues discussed.",
  });

export const ParticipantSchema = z
  .object({
    id: z.int(),
    slug,
    url: pageUrl,
    name: z.string(),
    office: z.string(),
    side: z.enum(Side),
    note: z.string().nullable(),
    updated_at: instant,
    rounds: z.array(
      z.object({
        slug,
        title: z.string(),
        kind: z.enum(RoundKind),
        starts_at: instant,
        role: z.enum(ParticipationRole),
        url: pageUrl,
      }),
    ),
    sources,
  })
  .register(apiSchemas, {
    id: "Participant",
    description: "A negotiator or leader, with the rounds they took part in.",
  });

const StatusChangeSchema = z
  .object({
    from_status: z.enum(IssueStatus).nullable(),
    to_status: z.enum(IssueStatus),
    changed_at: instant,
    time_zone: zone,
    note: z.string(),
    round: slug.nullable().describe("The round where the change happened, if any."),
    sources,
  })
  .register(apiSchemas, { id: "IssueStatusChange" });

export const IssueSchema = z
  .object({
    id: z.int(),
    slug,
    url: pageUrl,
    title: z.string(),
    summary: z.string(),
    status: z.enum(IssueStatus).describe("The latest entry of `status_history`."),
    unverified: z.boolean(),
    caveat: z.string().nullable(),
    updated_at: instant,
    status_history: z.array(StatusChangeSchema).describe("Oldest first."),
    deadlines: z.array(slug),
    sources,
  })
  .register(apiSchemas, { id: "Issue", description: "A negotiated issue with its whole status history." });

const ChainLinkSchema = z
  .object({
    slug,
    due_at: instant,
    time_zone: zone,
    time_precision: precision,
    status: z.enum(DeadlineStatus),
    set_by: z.string().nullable(),
    url: pageUrl,
  })
  .register(apiSchemas, { id: "DeadlineChainLink" });

export const DeadlineSchema = z
  .object({
    id: z.int(),
    slug,
    url: pageUrl,
    title: z.string(),
    description: z.string().nullable(),
    issue: slug.nullable(),
    due_at: instant,
    time_zone: zone,
    time_precision: precision,
    status: z.enum(DeadlineStatus),
    resolution_note: z.string().nullable(),
    resolved_at: instant.nullable(),
    set_by: z.string().nullable().describe("The act or statement that set this date."),
    set_on: instant.nullable(),
    unverified: z.boolean(),
    caveat: z.string().nullable(),
    updated_at: instant,
    supersedes: slug.nullable().describe("The earlier deadline this one extended."),
    superseded_by: slug.nullable().describe("The later deadline that extended this one."),
    chain: z.object({
      root: slug,
      extensions: z.int().describe("How many times the first date was extended."),
      links: z.array(ChainLinkSchema).describe("Every date of the chain, first first."),
    }),
    sources,
  })
  .register(apiSchemas, {
    id: "Deadline",
    description: "A dated deadline. An extension is a new deadline in the same chain.",
  });

export const TariffChangeSchema = z
  .object({
    id: z.int(),
    url: pageUrl,
    direction: z.enum(TariffDirection),
    measure: z.enum(TariffMeasure),
    scope: z.enum(TariffScope),
    rate_percent: z.number().describe("The measure's rate from `effective_at` on; 0 means lifted."),
    previous_rate_percent: z.number(),
    headline_before: z.number(),
    headline_after: z.number().describe("The sum of the direction's ALL_GOODS measures in force after this change."),
    counts_towards_headline: z.boolean(),
    effective_at: instant,
    time_zone: zone,
    time_precision: precision,
    note: z.string(),
    unverified: z.boolean(),
    updated_at: instant,
    sources,
  })
  .register(apiSchemas, {
    id: "TariffChange",
    description: "A change in one tariff measure, with the headline level before and after it.",
  });

export const UpdateSchema = z
  .object({
    id: z.int(),
    slug,
    url: pageUrl,
    kind: z.enum(UpdateKind),
    title: z.string(),
    body: z.string(),
    occurred_at: instant,
    time_zone: zone,
    time_precision: precision,
    round: slug.nullable(),
    issues: z.array(slug),
    unverified: z.boolean(),
    caveat: z.string().nullable(),
    published_at: instant,
    updated_at: instant,
    sources,
  })
  .register(apiSchemas, {
    id: "Update",
    description: "A dated entry of the timeline: a statement, order, ruling or report.",
  });

const PaginationSchema = z
  .object({
    meta: z.object({ page: z.int(), per_page: z.int(), total: z.int(), pages: z.int() }),
    links: z.object({
      self: z.url(),
      first: z.url(),
      last: z.url(),
      prev: z.url().nullable(),
      next: z.url().nullable(),
    }),
  })
  .register(apiSchemas, { id: "Pagination" });

const tally = {
  met: z.int(),
  partly_met: z.int(),
  not_met: z.int(),
  pending: z.int().describe("Not yet assessed."),
  summary: z.string().describe("The same figures in a sentence, as Parley shows them."),
};

export const PrecedentSchema = z
  .object({
    as_of: instant.describe("The instant the figures were counted at: whether a date has passed depends on it."),
    deadline_kinds: z
      .array(
        z.object({
          kind: z.enum(DeadlineKind),
          total: z.int().describe("Deadlines of this kind whose date has come; each extended date counts once."),
          extended: z.int(),
          met: z.int(),
          lapsed: z.int(),
          moot: z.int(),
          passed_without_outcome: z.int().describe("Passed, with no outcome recorded yet."),
          summary: z.string(),
        }),
      )
      .describe("How deadlines of each kind ended."),
    deadline_chains: z
      .array(
        z.object({
          deadline: slug.describe("The chain's latest date."),
          title: z.string(),
          kind: z.enum(DeadlineKind).nullable(),
          url: pageUrl,
          extensions: z.array(
            z.object({ from: instant, to: instant, days: z.int().describe("Calendar days the date moved.") }),
          ),
          state: z
            .enum(["upcoming", "passed", "extended", "met", "lapsed", "moot"])
            .describe("How the latest date stands: passed = no outcome recorded yet."),
          summary: z.string(),
        }),
      )
      .describe("Each chain of a deadline and its extensions, most extended first."),
    rounds: z
      .array(z.object({ round: slug, title: z.string(), url: pageUrl, ...tally }))
      .describe("How analysts' expectations of each round fared, earliest round first."),
    expectations_overall: z.object(tally),
  })
  .register(apiSchemas, { id: "Precedent", description: "What precedent says, counted from the records at `as_of`." });

function listOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), ...PaginationSchema.shape }).register(apiSchemas, { id });
}

function one<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: item }).register(apiSchemas, { id });
}

export const RoundListSchema = listOf(RoundSchema, "RoundList");
export const RoundDocumentSchema = one(RoundSchema, "RoundDocument");
export const ParticipantListSchema = listOf(ParticipantSchema, "ParticipantList");
export const ParticipantDocumentSchema = one(ParticipantSchema, "ParticipantDocument");
export const IssueListSchema = listOf(IssueSchema, "IssueList");
export const IssueDocumentSchema = one(IssueSchema, "IssueDocument");
export const DeadlineListSchema = listOf(DeadlineSchema, "DeadlineList");
export const DeadlineDocumentSchema = one(DeadlineSchema, "DeadlineDocument");
export const TariffChangeListSchema = listOf(TariffChangeSchema, "TariffChangeList");
export const UpdateListSchema = listOf(UpdateSchema, "UpdateList");
export const UpdateDocumentSchema = one(UpdateSchema, "UpdateDocument");
export const SourceListSchema = listOf(SourceSchema, "SourceList");
export const PrecedentDocumentSchema = one(PrecedentSchema, "PrecedentDocument");

export const ApiErrorSchema = z
  .object({
    error: z.object({
      status: z.int(),
      message: z.string(),
      issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    }),
  })
  .register(apiSchemas, { id: "Error" });

export const PER_PAGE_DEFAULT = 25;
export const PER_PAGE_MAX = 100;

export const PAGE_MAX = 100_000;

/** Decimal digits only: Number() would also take "0x10", "1e2", " 2" and "２", which no documented request sends. */
const wholeNumber = (name: string, max: number) => {
  const message = `${name} must be a whole number from 1 to ${max}.`;
  return z
    .string()
    .regex(/^[0-9]{1,9}$/, message)
    .transform(Number)
    .pipe(z.int().min(1, message).max(max, message));
};

/** A list endpoint's query: `?page=2&per_page=50`. Other parameters are ignored. */
export const PageQuerySchema = z.object({
  page: wholeNumber("page", PAGE_MAX).default(1),
  per_page: wholeNumber("per_page", PER_PAGE_MAX).default(PER_PAGE_DEFAULT),
});

export type PageQuery = z.infer<typeof PageQuerySchema>;
export type SourceJson = z.input<typeof SourceSchema>;
export type RoundJson = z.input<typeof RoundSchema>;
export type ParticipantJson = z.input<typeof ParticipantSchema>;
export type IssueJson = z.input<typeof IssueSchema>;
export type DeadlineJson = z.input<typeof DeadlineSchema>;
export type TariffChangeJson = z.input<typeof TariffChangeSchema>;
export type UpdateJson = z.input<typeof UpdateSchema>;
export type PrecedentJson = z.input<typeof PrecedentSchema>;
