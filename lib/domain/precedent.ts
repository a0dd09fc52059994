import { differenceInCalendarDays } from "date-fns";
import { deadlineState, orderChain, type ChainLink, type DeadlineState } from "./deadline-status";
import { localDate } from "./time";

// What the record so far says: how each deadline chain went, how deadlines of each kind ended,
// and how analysts' expectations of each round fared. Computed from the records on every
// request that shows them, never written by hand.

export type DeadlineKind =
  "SUSPENSION_EXPIRY" | "DIVEST_OR_BAN" | "PURCHASE_COMMITMENT" | "THREATENED_MEASURE" | "STATUTORY_EXPIRY";

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, { one: string; many: string }> = {
  SUSPENSION_EXPIRY: { one: "truce or suspension expiry", many: "truce and suspension expiries" },
  DIVEST_OR_BAN: { one: "divest-or-ban deadline", many: "divest-or-ban deadlines" },
  PURCHASE_COMMITMENT: { one: "purchase commitment", many: "purchase commitments" },
  THREATENED_MEASURE: { one: "threatened measure", many: "threatened measures" },
  STATUTORY_EXPIRY: { one: "statutory expiry", many: "statutory expiries" },
};

export interface PrecedentLink extends ChainLink {
  slug: string;
  title: string;
  kind: DeadlineKind | null;
  timeZone: string;
  chainRootId: number | null;
}

/** A link's end as precedent counts it: its outcome, or that it passed with none recorded. */
export type Ending = Exclude<DeadlineState, "upcoming">;

export interface Extension {
  from: Date;
  to: Date;
  /** Calendar days the date moved, in the zone of the date it moved from. */
  days: number;
}

export interface ChainPrecedent {
  /** The slug of the chain's latest link, where readers see its countdown or outcome. */
  slug: string;
  title: string;
  kind: DeadlineKind | null;
  extensions: Extension[];
  /** How the latest link stands: still open, passed with no outcome recorded, met, lapsed or moot. */
  state: DeadlineState;
}

export interface KindRecord {
  kind: DeadlineKind;
  /** Links of this kind whose date has come (each extension counts as one that was extended). */
  total: number;
  counts: Record<Ending, number>;
}

export interface ExpectationTally {
  met: number;
  partlyMet: number;
  notMet: number;
  pending: number;
  /** Expectations assessed (met, partly or not). */
  assessed: number;
}

export type Assessment = "PENDING" | "MET" | "PARTLY_MET" | "NOT_MET";

const ENDINGS: Ending[] = ["extended", "met", "lapsed", "moot", "passed"];

/** Every chain among `links`, first link first, each with its extensions and how it stands. */
export function chainPrecedents(links: PrecedentLink[], now: number): ChainPrecedent[] {
  const byRoot = new Map<number, PrecedentLink[]>();
  for (const link of links) {
    const root = link.chainRootId ?? link.id;
    byRoot.set(root, [...(byRoot.get(root) ?? []), link]);
  }
  return [...byRoot.values()].map((members) => {
    const chain = orderChain(members);
    const latest = chain.at(-1)!;
    return {
      slug: latest.slug,
      title: latest.title,
      kind: chain[0]!.kind,
      extensions: chain.slice(1).map((link, i) => extensionBetween(chain[i]!, link)),
      state: deadlineState(latest, now),
    };
  });
}

function extensionBetween(from: PrecedentLink, to: PrecedentLink): Extension {
  // Both calendar days as local midnights of one clock: their difference is whole days, whatever the zone.
  const day = (instant: Date) => new Date(`${localDate(instant, from.timeZone)}T00:00:00`);
  const days = differenceInCalendarDays(day(to.dueAt), day(from.dueAt));
  return { from: from.dueAt, to: to.dueAt, days };
}

/**
 * How deadlines of one kind ended: every link of that kind due before `before` (so a deadline is
 * compared with those that came before it), whose end is known or whose date has passed.
 */
export function kindRecord(links: PrecedentLink[], kind: DeadlineKind, now: number, before = now): KindRecord {
  const counts = Object.fromEntries(ENDINGS.map((ending) => [ending, 0])) as Record<Ending, number>;
  for (const link of links) {
    if (link.kind !== kind || link.dueAt.getTime() >= before) continue;
    const state = deadlineState(link, now);
    if (state !== "upcoming") counts[state]++;
  }
  return { kind, total: ENDINGS.reduce((sum, ending) => sum + counts[ending], 0), counts };
}

/** Every kind's record, the kinds with no deadline come and gone left out. */
export function kindRecords(links: PrecedentLink[], now: number): KindRecord[] {
  const kinds = Object.keys(DEADLINE_KIND_LABELS) as DeadlineKind[];
  return kinds.map((kind) => kindRecord(links, kind, now)).filter((record) => record.total > 0);
}

const ENDING_WORDS: Record<Ending, string> = {
  extended: "extended",
  met: "met",
  lapsed: "lapsed",
  moot: "moot",
  passed: "passed with no outcome recorded",
};

/** "Of the 12 truce and suspension expiries so far: 9 extended, 2 moot, 1 passed with no outcome recorded." */
export function describeKindRecord(record: KindRecord, { earlier = false } = {}): string {
  const { many, one } = DEADLINE_KIND_LABELS[record.kind];
  if (record.total === 0) return `No earlier ${one} has come and gone yet.`;
  const parts = ENDINGS.filter((ending) => record.counts[ending] > 0).map(
    (ending) => `${record.counts[ending]} ${ENDING_WORDS[ending]}`,
  );
  const which =
    record.total === 1
      ? `the one ${earlier ? "earlier " : ""}${one}${earlier ? "" : " so far"}`
      : `the ${record.total} ${earlier ? "earlier " : ""}${many}${earlier ? "" : " so far"}`;
  return `Of ${which}: ${parts.join(", ")}.`;
}

/** "Extended 5 times (by 76, 75, 90, 90 and 38 days), then met." */
export function describeChain(chain: ChainPrecedent): string {
  const n = chain.extensions.length;
  const end =
    chain.state === "upcoming"
      ? "still open"
      : chain.state === "passed"
        ? "passed with no outcome recorded"
        : chain.state;
  if (n === 0) return `Never extended; ${end}.`;
  const days = chain.extensions.map((e) => e.days);
  const list = days.length === 1 ? `${days[0]} days` : `${days.slice(0, -1).join(", ")} and ${days.at(-1)} days`;
  return `Extended ${n === 1 ? "once" : n === 2 ? "twice" : `${n} times`} (by ${list}), then ${end}.`;
}

/** How the expectations of a round, or of all rounds, fared. */
export function tallyExpectations(assessments: Assessment[]): ExpectationTally {
  const tally = { met: 0, partlyMet: 0, notMet: 0, pending: 0, assessed: 0 };
  for (const assessment of assessments) {
    if (assessment === "MET") tally.met++;
    else if (assessment === "PARTLY_MET") tally.partlyMet++;
    else if (assessment === "NOT_MET") tally.notMet++;
    else tally.pending++;
  }
  tally.assessed = tally.met + tally.partlyMet + tally.notMet;
  return tally;
}

/** "Of 4 assessed: 1 met, 2 partly met, 1 not met (2 still pending)." */
export function describeTally(tally: ExpectationTally): string {
  if (tally.assessed === 0)
    return tally.pending > 0 ? `${tally.pending} pending; none assessed yet.` : "No expectations recorded.";
  const parts = [
    [tally.met, "met"],
    [tally.partlyMet, "partly met"],
    [tally.notMet, "not met"],
  ]
    .filter(([count]) => Number(count) > 0)
    .map(([count, word]) => `${count} ${word}`);
  return `Of ${tally.assessed} assessed: ${parts.join(", ")}${tally.pending > 0 ? ` (${tally.pending} still pending)` : ""}.`;
}

/**
 * What precedent says beside one deadline: how its chain has gone so far, and, while it is open or
 * has passed with no outcome recorded, how the earlier deadlines of its kind ended.
 */
export function deadlinePrecedent(
  deadline: Pick<PrecedentLink, "id" | "chainRootId" | "kind" | "dueAt" | "status">,
  links: PrecedentLink[],
  now: number,
): string | null {
  const root = deadline.chainRootId ?? deadline.id;
  const [chain] = chainPrecedents(
    links.filter((link) => (link.chainRootId ?? link.id) === root),
    now,
  );
  const parts: string[] = [];
  if (chain && chain.extensions.length > 0) parts.push(`This chain so far: ${describeChain(chain).replace(/^E/, "e")}`);
  const state = deadlineState(deadline, now);
  if (deadline.kind && (state === "upcoming" || state === "passed")) {
    parts.push(describeKindRecord(kindRecord(links, deadline.kind, now, deadline.dueAt.getTime()), { earlier: true }));
  }
  return parts.length > 0 ? parts.join(" ") : null;
}
