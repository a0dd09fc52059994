import { z } from "zod";
import type { RoundKind, UpdateKind } from "../generated/prisma/enums";

/** Kinds a reader can filter the timeline by, as they appear in the URL. */
export const TIMELINE_KINDS = {
  "negotiation-round": { label: "Negotiation rounds", rounds: ["NEGOTIATION_ROUND"] },
  "leaders-meeting": { label: "Leaders' meetings", rounds: ["LEADERS_MEETING"] },
  "working-meeting": { label: "Working meetings", rounds: ["WORKING_MEETING"] },
  call: { label: "Calls", rounds: ["PHONE_CALL", "VIDEO_CALL"] },
  "executive-order": { label: "Executive orders", updates: ["EXECUTIVE_ORDER"] },
  "court-ruling": { label: "Court rulings and laws", updates: ["COURT_RULING", "LAW"] },
  statement: { label: "Statements and announcements", updates: ["STATEMENT", "REGULATION", "CALL", "MEETING"] },
  report: { label: "Reports and analysis", updates: ["REPORT", "ANALYSIS"] },
} as const satisfies Record<string, { label: string; rounds?: RoundKind[]; updates?: UpdateKind[] }>;

export type TimelineKind = keyof typeof TIMELINE_KINDS;

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const value = firstValue(v);
    return value === "" ? undefined : value;
  }, schema.optional().catch(undefined));

/** The timeline's URL filters. Anything unrecognised is dropped rather than failing the page. */
export const timelineFiltersSchema = z.object({
  issue: optional(slug),
  participant: optional(slug),
  kind: optional(z.enum(Object.keys(TIMELINE_KINDS) as [TimelineKind, ...TimelineKind[]])),
  year: optional(z.coerce.number().int().min(1990).max(2100)),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});

export type TimelineFilters = z.infer<typeof timelineFiltersSchema>;

export function parseTimelineFilters(searchParams: Record<string, string | string[] | undefined>): TimelineFilters {
  return timelineFiltersSchema.parse(searchParams);
}

/** The URL query for a set of filters, leaving out what is unset and the first page. */
export function timelineQuery(filters: Partial<TimelineFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["issue", "participant", "kind", "year"] as const) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The timeline filter that shows rounds of this kind. */
export function timelineKindForRound(kind: RoundKind): TimelineKind {
  const entry = Object.entries(TIMELINE_KINDS).find(
    ([, def]) => "rounds" in def && (def.rounds as readonly RoundKind[]).includes(kind),
  );
  if (!entry) throw new Error(`No timeline filter shows ${kind}`);
  return entry[0] as TimelineKind;
}
