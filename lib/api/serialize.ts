import { localDate } from "../domain/time";
import { tariffSeries } from "../domain/tariff-series";
import type { DeadlineRecord } from "../queries/open-data/deadlines";
import type { IssueRecord } from "../queries/open-data/issues";
import type { ParticipantRecord } from "../queries/open-data/participants";
import type { RoundRecord } from "../queries/open-data/rounds";
import type { SourceRecord } from "../queries/open-data/sources";
import type { UpdateRecord } from "../queries/open-data/updates";
import type { TariffChangeRecord } from "../queries/tariffs";
import { describeChain, describeKindRecord, describeTally, type ExpectationTally } from "../domain/precedent";
import type { TrackRecord } from "../queries/precedent";
import type {
  DeadlineJson,
  PrecedentJson,
  IssueJson,
  ParticipantJson,
  RoundJson,
  SourceJson,
  TariffChangeJson,
  UpdateJson,
} from "../schemas/api";
import { deadlineUrl, issueUrl, participantUrl, roundUrl, tariffChangeUrl, updateUrl } from "../site-urls";

// Database rows to the API's JSON shapes (lib/schemas/api.ts). Typed against the schemas' input,
// so a field the schema declares cannot be forgotten here.

const iso = (instant: Date) => instant.toISOString();
const isoOrNull = (instant: Date | null) => (instant ? instant.toISOString() : null);
/** A draft round is invisible to readers: a published record mentioning it names no round. */
const visibleRoundSlug = (round: { slug: string; publishedAt: Date | null } | null) =>
  round?.publishedAt ? round.slug : null;

export function sourceJson(
  source: Pick<SourceRecord, "id" | "url" | "publisher" | "title" | "publishedOn">,
): SourceJson {
  return {
    id: source.id,
    url: source.url,
    publisher: source.publisher,
    title: source.title,
    published_on: source.publishedOn ? localDate(source.publishedOn, "UTC") : null,
  };
}

export function roundJson(round: RoundRecord): RoundJson {
  return {
    id: round.id,
    slug: round.slug,
    url: roundUrl(round.slug),
    kind: round.kind,
    sequence: round.sequence,
    title: round.title,
    city: round.city,
    country: round.country,
    venue: round.venue,
    starts_at: iso(round.startsAt),
    ends_at: iso(round.endsAt),
    time_zone: round.timeZone,
    time_precision: round.timePrecision,
    status: round.status,
    summary: round.summary,
    outcome: round.outcome,
    unverified: round.unverified,
    caveat: round.caveat,
    // Only published rounds are read, so publishedAt is set.
    published_at: iso(round.publishedAt ?? round.updatedAt),
    updated_at: iso(round.updatedAt),
    participants: round.participations.map((p) => ({
      slug: p.participant.slug,
      name: p.participant.name,
      office: p.participant.office,
      side: p.participant.side,
      role: p.role,
      note: p.note,
      url: participantUrl(p.participant.slug),
    })),
    issues: round.issues.map((i) => ({ slug: i.slug, title: i.title, status: i.status, url: issueUrl(i.slug) })),
    sources: round.sources.map(sourceJson),
  };
}

export function participantJson(participant: ParticipantRecord): ParticipantJson {
  return {
    id: participant.id,
    slug: participant.slug,
    url: participantUrl(participant.slug),
    name: participant.name,
    office: participant.office,
    side: participant.side,
    note: participant.note,
    updated_at: iso(participant.updatedAt),
    rounds: participant.participations.map((p) => ({
      slug: p.round.slug,
      title: p.round.title,
      kind: p.round.kind,
      starts_at: iso(p.round.startsAt),
      role: p.role,
      url: roundUrl(p.round.slug),
    })),
    sources: participant.sources.map(sourceJson),
  };
}

export function issueJson(issue: IssueRecord): IssueJson {
  return {
    id: issue.id,
    slug: issue.slug,
    url: issueUrl(issue.slug),
    title: issue.title,
    summary: issue.summary,
    status: issue.status,
    unverified: issue.unverified,
    caveat: issue.caveat,
    updated_at: iso(issue.updatedAt),
    status_history: issue.statusChanges.map((c) => ({
      from_status: c.fromStatus,
      to_status: c.toStatus,
      changed_at: iso(c.changedAt),
      time_zone: c.timeZone,
      note: c.note,
      round: visibleRoundSlug(c.round),
      sources: c.sources.map(sourceJson),
    })),
    deadlines: issue.deadlines.map((d) => d.slug),
    sources: issue.sources.map(sourceJson),
  };
}

export function deadlineJson(deadline: DeadlineRecord): DeadlineJson {
  const root = deadline.chain[0];
  return {
    id: deadline.id,
    slug: deadline.slug,
    url: deadlineUrl(deadline.slug),
    title: deadline.title,
    description: deadline.description,
    issue: deadline.issue?.slug ?? null,
    due_at: iso(deadline.dueAt),
    time_zone: deadline.timeZone,
    time_precision: deadline.timePrecision,
    status: deadline.status,
    resolution_note: deadline.resolutionNote,
    resolved_at: isoOrNull(deadline.resolvedAt),
    set_by: deadline.setBy,
    set_on: isoOrNull(deadline.setOn),
    unverified: deadline.unverified,
    caveat: deadline.caveat,
    updated_at: iso(deadline.updatedAt),
    supersedes: deadline.supersedes?.slug ?? null,
    superseded_by: deadline.supersededBy?.slug ?? null,
    chain: {
      root: root?.slug ?? deadline.slug,
      extensions: Math.max(0, deadline.chain.length - 1),
      links: deadline.chain.map((link) => ({
        slug: link.slug,
        due_at: iso(link.dueAt),
        time_zone: link.timeZone,
        time_precision: link.timePrecision,
        status: link.status,
        set_by: link.setBy,
        url: deadlineUrl(link.slug),
      })),
    },
    sources: deadline.sources.map(sourceJson),
  };
}

/** Every tariff change with the headline before and after it; the headline needs them all. */
export function tariffChangesJson(changes: readonly TariffChangeRecord[]): TariffChangeJson[] {
  const series = tariffSeries(changes);
  const steps = new Map([...series.US_ON_CHINA, ...series.CHINA_ON_US].map((step) => [step.change.id, step]));
  return changes.map((change) => {
    const step = steps.get(change.id);
    return {
      id: change.id,
      url: tariffChangeUrl(change.id),
      direction: change.direction,
      measure: change.measure,
      scope: change.scope,
      rate_percent: change.ratePercent,
      previous_rate_percent: step?.previousRatePercent ?? 0,
      headline_before: step?.headlineBefore ?? 0,
      headline_after: step?.headlineAfter ?? 0,
      counts_towards_headline: step?.countsTowardsHeadline ?? false,
      effective_at: iso(change.effectiveAt),
      time_zone: change.timeZone,
      time_precision: change.timePrecision,
      note: change.note,
      unverified: change.unverified,
      updated_at: iso(change.updatedAt),
      sources: change.sources.map(sourceJson),
    };
  });
}

export function updateJson(update: UpdateRecord): UpdateJson {
  return {
    id: update.id,
    slug: update.slug,
    url: updateUrl(update),
    kind: update.kind,
    title: update.title,
    body: update.body,
    occurred_at: iso(update.occurredAt),
    time_zone: update.timeZone,
    time_precision: update.timePrecision,
    round: visibleRoundSlug(update.round),
    issues: update.issues.map((i) => i.slug),
    unverified: update.unverified,
    caveat: update.caveat,
    published_at: iso(update.publishedAt ?? update.updatedAt),
    updated_at: iso(update.updatedAt),
    sources: update.sources.map(sourceJson),
  };
}

const tallyJson = (tally: ExpectationTally) => ({
  met: tally.met,
  partly_met: tally.partlyMet,
  not_met: tally.notMet,
  pending: tally.pending,
  summary: describeTally(tally),
});

export function precedentJson(record: TrackRecord, now: number): PrecedentJson {
  return {
    as_of: new Date(now).toISOString(),
    deadline_kinds: record.kinds.map((k) => ({
      kind: k.kind,
      total: k.total,
      extended: k.counts.extended,
      met: k.counts.met,
      lapsed: k.counts.lapsed,
      moot: k.counts.moot,
      passed_without_outcome: k.counts.passed,
      summary: describeKindRecord(k),
    })),
    deadline_chains: record.chains.map((c) => ({
      deadline: c.slug,
      title: c.title,
      kind: c.kind,
      url: deadlineUrl(c.slug),
      extensions: c.extensions.map((e) => ({ from: e.from.toISOString(), to: e.to.toISOString(), days: e.days })),
      state: c.state,
      summary: describeChain(c),
    })),
    rounds: record.rounds.map((r) => ({ round: r.slug, title: r.title, url: roundUrl(r.slug), ...tallyJson(r.tally) })),
    expectations_overall: tallyJson(record.overall),
  };
}
