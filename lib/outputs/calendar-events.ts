import { TZDate } from "@date-fns/tz";
import { ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { orderChain } from "../domain/deadline-status";
import { ROUND_KIND_LABELS, ROUND_STATUS_LABELS } from "../domain/labels";
import { formatDaySpan, formatInstant, localDate, zoneName } from "../domain/time";
import type { DeadlineStatus, RoundStatus } from "../generated/prisma/enums";
import type { CalendarDeadline, CalendarRound } from "../queries/calendar";
import type { CalendarEvent } from "./icalendar";

// Deadlines and rounds as calendar events. A deadline chain is ONE event: its UID is the chain's
// first link, its date the latest link's, and its SEQUENCE rises with every extension and every
// edit of the latest link, so a subscribed calendar moves the event instead of adding another.

export interface EventLinks {
  /** Host part of every UID, e.g. "parley.example". */
  uidDomain: string;
  deadlineUrl: (slug: string) => string;
  roundUrl: (slug: string) => string;
}

const DEADLINE_STATUS_TEXT: Record<DeadlineStatus, string> = {
  UPCOMING: "Open",
  EXTENDED: "Extended",
  MET: "Met",
  LAPSED: "Lapsed",
  MOOT: "Moot",
};

const { CONFIRMED, CANCELLED } = ICalEventStatus;

const DEADLINE_EVENT_STATUS: Record<DeadlineStatus, ICalEventStatus> = {
  UPCOMING: CONFIRMED,
  EXTENDED: CONFIRMED,
  MET: CONFIRMED,
  LAPSED: CONFIRMED,
  MOOT: CANCELLED,
};

const ROUND_EVENT_STATUS: Record<RoundStatus, ICalEventStatus> = {
  SCHEDULED: CONFIRMED,
  UNDER_WAY: CONFIRMED,
  CONCLUDED: CONFIRMED,
  POSTPONED: CANCELLED,
  CANCELLED: CANCELLED,
};

const DAY = 24 * 60 * 60 * 1000;

/** The local day an instant falls on in its zone, as an all-day event takes it: that day's UTC midnight. */
const localDay = (instant: Date, timeZone: string) => new Date(`${localDate(instant, timeZone)}T00:00:00Z`);

/** A minute-precision time, written as its wall-clock reading in its official zone. */
const inZone = (instant: Date, timeZone: string) => new TZDate(instant.getTime(), timeZone);

/** Deadlines grouped into their chains, each chain first date first, chains by their latest date. */
export function deadlineChains<T extends CalendarDeadline>(deadlines: readonly T[]): T[][] {
  const byRoot = new Map<number, T[]>();
  for (const d of deadlines) {
    const root = d.chainRootId ?? d.id;
    byRoot.set(root, [...(byRoot.get(root) ?? []), d]);
  }
  return [...byRoot.values()]
    .map((links) => orderChain(links))
    .sort((a, b) => a.at(-1)!.dueAt.getTime() - b.at(-1)!.dueAt.getTime() || a[0]!.id - b[0]!.id);
}

/** Extensions of the chain plus edits of its current date (each edit raises `version` from 1). */
export function chainSequence(chain: readonly { version: number }[]): number {
  const latest = chain.at(-1);
  return latest ? chain.length - 1 + (latest.version - 1) : 0;
}

export function deadlineChainEvent(chain: readonly CalendarDeadline[], links: EventLinks): CalendarEvent {
  const root = chain[0];
  const latest = chain.at(-1);
  if (!root || !latest) throw new Error("A deadline chain has at least one link");
  const due = `${formatInstant(latest.dueAt, latest.timeZone, latest.timePrecision)} (${zoneName(latest.timeZone)})`;
  const lines = [
    latest.description ?? root.description,
    `Due: ${due}`,
    `Status: ${DEADLINE_STATUS_TEXT[latest.status]}`,
    latest.resolutionNote ? `Outcome: ${latest.resolutionNote}` : null,
    latest.setBy ? `Set by: ${latest.setBy}` : null,
    chain.length > 1
      ? `Extended ${chain.length - 1} time${chain.length === 2 ? "" : "s"}: ${chain.map((l) => formatInstant(l.dueAt, l.timeZone, l.timePrecision)).join(" → ")}`
      : null,
    latest.sources.length > 0 ? `Sources: ${latest.sources.map((s) => `${s.publisher}: ${s.url}`).join(" · ")}` : null,
    links.deadlineUrl(latest.slug),
  ];
  const modifiedAt = new Date(Math.max(...chain.map((l) => l.updatedAt.getTime())));
  const day = latest.timePrecision === "DAY" ? localDay(latest.dueAt, latest.timeZone) : null;
  return {
    id: `deadline-chain-${root.id}@${links.uidDomain}`,
    sequence: chainSequence(chain),
    stamp: modifiedAt,
    lastModified: modifiedAt,
    // A deadline is a moment; a day-precision one takes its whole (local) day.
    ...(day
      ? { allDay: true, start: day, end: new Date(day.getTime() + DAY) }
      : { timezone: latest.timeZone, start: inZone(latest.dueAt, latest.timeZone) }),
    summary: latest.title,
    description: lines.filter((line): line is string => Boolean(line)).join("\n"),
    url: links.deadlineUrl(latest.slug),
    categories: ["Deadline", ...(latest.issue ? [latest.issue.title] : [])].map((name) => ({ name })),
    status: DEADLINE_EVENT_STATUS[latest.status],
    // It should not show anyone as busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}

export function roundEvent(round: CalendarRound, links: EventLinks): CalendarEvent {
  const when =
    round.timePrecision === "DAY"
      ? formatDaySpan(round.startsAt, round.endsAt, round.timeZone)
      : formatInstant(round.startsAt, round.timeZone, "MINUTE");
  const lines = [
    round.summary,
    `When: ${when} (${zoneName(round.timeZone)})`,
    `Status: ${ROUND_STATUS_LABELS[round.status]}`,
    round.outcome ? `Outcome: ${round.outcome}` : null,
    round.sources.length > 0 ? `Sources: ${round.sources.map((s) => `${s.publisher}: ${s.url}`).join(" · ")}` : null,
    links.roundUrl(round.slug),
  ];
  return {
    id: `round-${round.id}@${links.uidDomain}`,
    sequence: round.version,
    stamp: round.updatedAt,
    lastModified: round.updatedAt,
    ...(round.timePrecision === "DAY"
      ? { allDay: true, start: localDay(round.startsAt, round.timeZone), end: localDay(round.endsAt, round.timeZone) }
      : {
          timezone: round.timeZone,
          start: inZone(round.startsAt, round.timeZone),
          end: inZone(round.endsAt, round.timeZone),
        }),
    summary: round.title,
    description: lines.filter((line): line is string => Boolean(line)).join("\n"),
    location: [round.venue, round.city, round.country].filter(Boolean).join(", ") || undefined,
    url: links.roundUrl(round.slug),
    categories: [{ name: ROUND_KIND_LABELS[round.kind] }],
    status: ROUND_EVENT_STATUS[round.status],
  };
}
