import type {
  DeadlineKind,
  DeadlineStatus,
  ExpectationAssessment,
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
} from "../../lib/generated/prisma/enums";
import type { SourceKey } from "./sources";

/**
 * Seed records name each other by slug and their sources by key; the seeder turns both into ids.
 * Every instant is UTC, computed from the local reading in the record's IANA zone.
 */
interface Sourced {
  sources: SourceKey[];
}

interface Flaggable {
  unverified?: boolean;
  /** What is not confirmed; required when `unverified`. */
  caveat?: string;
}

export interface SeedParticipant extends Sourced {
  slug: string;
  name: string;
  office: string;
  side: Side;
  note?: string;
}

export interface SeedParticipation {
  participant: string;
  role: ParticipationRole;
  note?: string;
}

export interface SeedRound extends Sourced, Flaggable {
  slug: string;
  kind: RoundKind;
  /** Ordinal among formal negotiation rounds only. */
  sequence?: number;
  title: string;
  city?: string;
  country?: string;
  venue?: string;
  startsAt: Date;
  /** Exclusive: for a day-precision round, the local midnight after its last day. */
  endsAt: Date;
  timeZone: string;
  timePrecision: TimePrecision;
  status: RoundStatus;
  summary: string;
  outcome?: string;
  lengthNote?: string;
  issues: string[];
  participants: SeedParticipation[];
}

export interface SeedStatusChange extends Sourced {
  from: IssueStatus | null;
  to: IssueStatus;
  /** Local midnight of the day of the change, in `timeZone`: where it happened. */
  changedAt: Date;
  timeZone: string;
  note: string;
  round?: string;
}

export interface SeedIssue extends Sourced, Flaggable {
  slug: string;
  title: string;
  summary: string;
  /** Always the `to` of the last history entry. */
  status: IssueStatus;
  position: number;
  history: SeedStatusChange[];
}

export interface SeedDeadline extends Sourced, Flaggable {
  slug: string;
  title: string;
  kind: DeadlineKind;
  description?: string;
  issue?: string;
  dueAt: Date;
  timeZone: string;
  timePrecision: TimePrecision;
  status: DeadlineStatus;
  resolutionNote?: string;
  resolvedAt?: Date;
  setBy?: string;
  setOn?: Date;
  /** Slug of the deadline this one extends; the chain root is found by walking these links. */
  supersedes?: string;
}

export interface SeedTariffChange extends Sourced {
  direction: TariffDirection;
  measure: TariffMeasure;
  scope: TariffScope;
  /** The measure's rate from `effectiveAt` on; 0 means lifted. */
  ratePercent: number;
  effectiveAt: Date;
  timeZone: string;
  timePrecision: TimePrecision;
  note: string;
  unverified?: boolean;
}

export interface SeedUpdate extends Sourced, Flaggable {
  slug: string;
  kind: UpdateKind;
  title: string;
  body: string;
  occurredAt: Date;
  timeZone: string;
  timePrecision: TimePrecision;
  round?: string;
  issues: string[];
}

export interface SeedExpectation extends Sourced {
  round: string;
  text: string;
  expectedBy: string;
  assessment: ExpectationAssessment;
  assessmentNote?: string;
}

export interface SeedData {
  participants: SeedParticipant[];
  issues: SeedIssue[];
  rounds: SeedRound[];
  deadlines: SeedDeadline[];
  tariffChanges: SeedTariffChange[];
  updates: SeedUpdate[];
  expectations: SeedExpectation[];
}
