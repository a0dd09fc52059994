import { addDays } from "date-fns";
import { formatInstant, type Precision } from "./time";

export type DeadlineStatus = "UPCOMING" | "EXTENDED" | "MET" | "LAPSED" | "MOOT";

/** What a reader should be told about a deadline at a given instant. */
export type DeadlineState =
  | "upcoming" // due in the future, still open
  | "passed" // due date gone by with no outcome recorded yet
  | "extended"
  | "met"
  | "lapsed"
  | "moot";

export interface DeadlineLike {
  dueAt: Date;
  status: DeadlineStatus;
}

export function deadlineState(deadline: DeadlineLike, now: number): DeadlineState {
  switch (deadline.status) {
    case "UPCOMING":
      return deadline.dueAt.getTime() > now ? "upcoming" : "passed";
    case "EXTENDED":
      return "extended";
    case "MET":
      return "met";
    case "LAPSED":
      return "lapsed";
    case "MOOT":
      return "moot";
  }
}

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  upcoming: "Upcoming",
  passed: "Passed — outcome not yet recorded",
  extended: "Extended",
  met: "Met",
  lapsed: "Lapsed",
  moot: "Moot",
};

/** Deadlines still to come, soonest first. */
export function upcomingDeadlines<T extends DeadlineLike>(deadlines: T[], now: number): T[] {
  return deadlines
    .filter((d) => deadlineState(d, now) === "upcoming")
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * The deadlines to feature: the next one, and the others due within `closeWithinDays` of it
 * (at most `limit` in all).
 */
export function featuredDeadlines<T extends DeadlineLike>(
  deadlines: T[],
  now: number,
  { closeWithinDays = 45, limit = 3 } = {},
): T[] {
  const upcoming = upcomingDeadlines(deadlines, now);
  const first = upcoming[0];
  if (!first) return [];
  const horizon = addDays(first.dueAt, closeWithinDays).getTime();
  return upcoming.filter((d) => d.dueAt.getTime() <= horizon).slice(0, limit);
}

/** Order for the deadlines page: upcoming (soonest first), then the rest (most recent first). */
export function orderForListing<T extends DeadlineLike>(deadlines: T[], now: number): T[] {
  const upcoming = upcomingDeadlines(deadlines, now);
  const rest = deadlines.filter((d) => !upcoming.includes(d)).sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
  return [...upcoming, ...rest];
}

export interface ChainLink extends DeadlineLike {
  id: number;
  supersedesId: number | null;
}

/** A chain in order from its first date to its latest, following `supersedesId`. */
export function orderChain<T extends ChainLink>(links: T[]): T[] {
  const bySupersedes = new Map(links.filter((l) => l.supersedesId !== null).map((l) => [l.supersedesId, l]));
  const ids = new Set(links.map((l) => l.id));
  const roots = links.filter((l) => l.supersedesId === null || !ids.has(l.supersedesId));
  if (roots.length !== 1) throw new Error(`A deadline chain needs exactly one first link, found ${roots.length}`);
  const ordered: T[] = [];
  for (let link: T | undefined = roots[0]; link; link = bySupersedes.get(link.id)) {
    if (ordered.includes(link)) throw new Error("A deadline chain loops back on itself");
    ordered.push(link);
  }
  if (ordered.length !== links.length) throw new Error("A deadline chain has links that do not connect");
  return ordered;
}

export interface ResolutionInput extends DeadlineLike {
  resolutionNote: string | null;
  timeZone: string;
  timePrecision: Precision;
}

/** One line telling how a deadline ended, or why it has not. */
export function describeOutcome(
  deadline: ResolutionInput,
  now: number,
  successor?: { dueAt: Date; timeZone: string; timePrecision: Precision; setBy: string | null } | null,
): string {
  const state = deadlineState(deadline, now);
  if (state === "extended" && successor) {
    const to = formatInstant(successor.dueAt, successor.timeZone, successor.timePrecision);
    return `Extended to ${to}${successor.setBy ? ` by ${successor.setBy}` : ""}.`;
  }
  if (deadline.resolutionNote) return deadline.resolutionNote;
  if (state === "passed") return "The date has passed; Parley has not yet recorded what happened.";
  if (state === "upcoming") return "Open.";
  return DEADLINE_STATE_LABELS[state] + ".";
}
