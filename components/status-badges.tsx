import { Badge, type BadgeTone } from "./ui/badge";
import { DEADLINE_STATE_LABELS, type DeadlineState } from "@/lib/domain/deadline-status";
import { ASSESSMENT_LABELS, ISSUE_STATUS_LABELS, ROUND_STATUS_LABELS } from "@/lib/domain/labels";
import type { ExpectationAssessment, IssueStatus, RoundStatus } from "@/lib/generated/prisma/enums";

const ISSUE_TONES: Record<IssueStatus, BadgeTone> = {
  OPEN: "neutral",
  UNDER_NEGOTIATION: "blue",
  FRAMEWORK_AGREED: "violet",
  RESOLVED: "green",
  ESCALATED: "red",
  MOOT: "neutral",
};

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  return <Badge tone={ISSUE_TONES[status]}>{ISSUE_STATUS_LABELS[status]}</Badge>;
}

const ROUND_TONES: Record<RoundStatus, BadgeTone> = {
  SCHEDULED: "blue",
  UNDER_WAY: "amber",
  CONCLUDED: "neutral",
  POSTPONED: "amber",
  CANCELLED: "red",
};

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  return <Badge tone={ROUND_TONES[status]}>{ROUND_STATUS_LABELS[status]}</Badge>;
}

const DEADLINE_TONES: Record<DeadlineState, BadgeTone> = {
  upcoming: "blue",
  passed: "amber",
  extended: "neutral",
  met: "green",
  lapsed: "red",
  moot: "neutral",
};

export function DeadlineStateBadge({ state }: { state: DeadlineState }) {
  return <Badge tone={DEADLINE_TONES[state]}>{DEADLINE_STATE_LABELS[state]}</Badge>;
}

const ASSESSMENT_TONES: Record<ExpectationAssessment, BadgeTone> = {
  PENDING: "neutral",
  MET: "green",
  PARTLY_MET: "amber",
  NOT_MET: "red",
};

export function AssessmentBadge({ assessment }: { assessment: ExpectationAssessment }) {
  return <Badge tone={ASSESSMENT_TONES[assessment]}>{ASSESSMENT_LABELS[assessment]}</Badge>;
}

/** Marks a fact whose sourcing is thin or single; the caveat says what is unconfirmed. */
export function UnverifiedFlag({ caveat }: { caveat?: string | null }) {
  if (!caveat) return <Badge tone="amber">Unverified</Badge>;
  return (
    <span className="inline-flex items-center gap-1" title={caveat}>
      <Badge tone="amber">Unverified</Badge>
      <span className="sr-only">{caveat}</span>
    </span>
  );
}
