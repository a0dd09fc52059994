import "server-only";
import { describeChain } from "../domain/precedent";
import { localDate } from "../domain/time";
import { tariffSeries } from "../domain/tariff-series";
import { latestOf } from "../http/conditional";
import { deadlinesForDownload, timelineForDownload } from "../queries/downloads";
import { trackRecord } from "../queries/precedent";
import { listTariffChanges } from "../queries/tariffs";
import { deadlineUrl, roundUrl, tariffChangeUrl, updateUrl } from "../site-urls";
import { joinUrls, toCsv, type CsvColumn } from "./csv";
export { DOWNLOADS } from "./public-paths";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

export interface CsvDocument {
  csv: string;
  lastModified?: Date;
}

interface TimelineRow {
  type: "round" | "update";
  slug: string;
  kind: string;
  title: string;
  text: string;
  at: Date;
  endsAt: Date | null;
  timeZone: string;
  precision: "DAY" | "MINUTE";
  status: string | null;
  place: string;
  round: string | null;
  issues: string;
  unverified: boolean;
  url: string;
  sources: { url: string }[];
}

const timelineColumns: CsvColumn<TimelineRow>[] = [
  { header: "type", value: (r) => r.type },
  { header: "slug", value: (r) => r.slug },
  { header: "kind", value: (r) => r.kind },
  { header: "local_date", value: (r) => localDate(r.at, r.timeZone) },
  { header: "starts_at_utc", value: (r) => r.at },
  { header: "ends_at_utc", value: (r) => r.endsAt },
  { header: "time_zone", value: (r) => r.timeZone },
  { header: "time_precision", value: (r) => r.precision },
  { header: "title", value: (r) => r.title },
  { header: "text", value: (r) => r.text },
  { header: "status", value: (r) => r.status },
  { header: "place", value: (r) => r.place },
  { header: "round", value: (r) => r.round },
  { header: "issues", value: (r) => r.issues },
  { header: "unverified", value: (r) => r.unverified },
  { header: "url", value: (r) => r.url },
  { header: "source_urls", value: (r) => joinUrls(r.sources) },
];

/** Every published round and update, earliest first: what the timeline shows. */
export async function timelineCsv(): Promise<CsvDocument> {
  const { rounds, updates } = await timelineForDownload();
  const rows: TimelineRow[] = [
    ...rounds.map((r) => ({
      type: "round" as const,
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      text: r.summary,
      at: r.startsAt,
      endsAt: r.endsAt,
      timeZone: r.timeZone,
      precision: r.timePrecision,
      status: r.status,
      place: [r.venue, r.city, r.country].filter(Boolean).join(", "),
      round: r.slug,
      issues: r.issues.map((i) => i.slug).join(" "),
      unverified: r.unverified,
      url: roundUrl(r.slug),
      sources: r.sources,
    })),
    ...updates.map((u) => ({
      type: "update" as const,
      slug: u.slug,
      kind: u.kind,
      title: u.title,
      text: u.body,
      at: u.occurredAt,
      endsAt: null,
      timeZone: u.timeZone,
      precision: u.timePrecision,
      status: null,
      place: "",
      round: u.round?.publishedAt ? u.round.slug : null,
      issues: u.issues.map((i) => i.slug).join(" "),
      unverified: u.unverified,
      url: updateUrl(u),
      sources: u.sources,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.type === b.type ? 0 : a.type === "round" ? -1 : 1));
  return { csv: toCsv(timelineColumns, rows), lastModified: latestOf([...rounds, ...updates].map((r) => r.updatedAt)) };
}

type DeadlineDownloadRow = Awaited<ReturnType<typeof deadlinesForDownload>>[number];

const deadlineColumns: CsvColumn<DeadlineDownloadRow>[] = [
  { header: "slug", value: (d) => d.slug },
  { header: "title", value: (d) => d.title },
  { header: "issue", value: (d) => d.issue?.slug },
  { header: "local_due_date", value: (d) => localDate(d.dueAt, d.timeZone) },
  { header: "due_at_utc", value: (d) => d.dueAt },
  { header: "time_zone", value: (d) => d.timeZone },
  { header: "time_precision", value: (d) => d.timePrecision },
  { header: "status", value: (d) => d.status },
  { header: "resolution_note", value: (d) => d.resolutionNote },
  { header: "resolved_at_utc", value: (d) => d.resolvedAt },
  { header: "set_by", value: (d) => d.setBy },
  { header: "chain_root", value: (d) => d.chainRoot?.slug ?? d.slug },
  { header: "supersedes", value: (d) => d.supersedes?.slug },
  { header: "superseded_by", value: (d) => d.supersededBy?.slug },
  { header: "unverified", value: (d) => d.unverified },
  { header: "url", value: (d) => deadlineUrl(d.slug) },
  { header: "source_urls", value: (d) => joinUrls(d.sources) },
];

export async function deadlinesCsv(): Promise<CsvDocument> {
  const deadlines = await deadlinesForDownload();
  return { csv: toCsv(deadlineColumns, deadlines), lastModified: latestOf(deadlines.map((d) => d.updatedAt)) };
}

export async function tariffChangesCsv(): Promise<CsvDocument> {
  const changes = await listTariffChanges();
  const series = tariffSeries(changes);
  const steps = [...series.US_ON_CHINA, ...series.CHINA_ON_US].sort(
    (a, b) => a.change.effectiveAt.getTime() - b.change.effectiveAt.getTime() || a.change.id - b.change.id,
  );
  const columns: CsvColumn<(typeof steps)[number]>[] = [
    { header: "id", value: (s) => s.change.id },
    { header: "direction", value: (s) => s.change.direction },
    { header: "measure", value: (s) => s.change.measure },
    { header: "scope", value: (s) => s.change.scope },
    { header: "rate_percent", value: (s) => s.change.ratePercent },
    { header: "previous_rate_percent", value: (s) => s.previousRatePercent },
    { header: "headline_before", value: (s) => s.headlineBefore },
    { header: "headline_after", value: (s) => s.headlineAfter },
    { header: "local_effective_date", value: (s) => localDate(s.change.effectiveAt, s.change.timeZone) },
    { header: "effective_at_utc", value: (s) => s.change.effectiveAt },
    { header: "time_zone", value: (s) => s.change.timeZone },
    { header: "time_precision", value: (s) => s.change.timePrecision },
    { header: "note", value: (s) => s.change.note },
    { header: "unverified", value: (s) => s.change.unverified },
    { header: "url", value: (s) => tariffChangeUrl(s.change.id) },
    { header: "source_urls", value: (s) => joinUrls(s.change.sources) },
  ];
  return { csv: toCsv(columns, steps), lastModified: latestOf(changes.map((c) => c.updatedAt)) };
}

/** Each deadline chain at `now`: how often and by how long it was extended, and how it stands. */
export async function deadlineChainsCsv(now: number): Promise<CsvDocument> {
  const { chains } = await trackRecord(now);
  const columns: CsvColumn<(typeof chains)[number]>[] = [
    { header: "deadline", value: (c) => c.slug },
    { header: "title", value: (c) => c.title },
    { header: "kind", value: (c) => c.kind },
    { header: "extensions", value: (c) => c.extensions.length },
    { header: "extension_days", value: (c) => c.extensions.map((e) => e.days).join(" ") },
    { header: "state", value: (c) => c.state },
    { header: "summary", value: (c) => describeChain(c) },
    { header: "url", value: (c) => deadlineUrl(c.slug) },
  ];
  return { csv: toCsv(columns, chains) };
}

/** Each round's expectations, met, partly met, not met and pending. */
export async function roundExpectationsCsv(now: number): Promise<CsvDocument> {
  const { rounds } = await trackRecord(now);
  const columns: CsvColumn<(typeof rounds)[number]>[] = [
    { header: "round", value: (r) => r.slug },
    { header: "title", value: (r) => r.title },
    { header: "local_start_date", value: (r) => localDate(r.startsAt, r.timeZone) },
    { header: "met", value: (r) => r.tally.met },
    { header: "partly_met", value: (r) => r.tally.partlyMet },
    { header: "not_met", value: (r) => r.tally.notMet },
    { header: "pending", value: (r) => r.tally.pending },
    { header: "url", value: (r) => roundUrl(r.slug) },
  ];
  return { csv: toCsv(columns, rounds) };
}
