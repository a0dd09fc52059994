import type {
  ExpectationAssessment,
  IssueStatus,
  ParticipationRole,
  RoundKind,
  RoundStatus,
  Side,
  TariffDirection,
  TariffMeasure,
  TariffScope,
  UpdateKind,
} from "../generated/prisma/enums";

export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  NEGOTIATION_ROUND: "Negotiation round",
  LEADERS_MEETING: "Leaders' meeting",
  WORKING_MEETING: "Working meeting",
  PHONE_CALL: "Phone call",
  VIDEO_CALL: "Video call",
};

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  SCHEDULED: "Scheduled",
  UNDER_WAY: "Under way",
  CONCLUDED: "Concluded",
  POSTPONED: "Postponed",
  CANCELLED: "Cancelled",
};

export const SIDE_LABELS: Record<Side, string> = {
  UNITED_STATES: "United States",
  CHINA: "China",
  HOST: "Host",
  OTHER: "Other",
};

export const ROLE_LABELS: Record<ParticipationRole, string> = {
  LEAD: "Lead",
  DELEGATE: "Delegate",
  HOST: "Host",
};

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  OPEN: "Open",
  UNDER_NEGOTIATION: "Under negotiation",
  FRAMEWORK_AGREED: "Framework agreed",
  RESOLVED: "Resolved",
  ESCALATED: "Escalated",
  MOOT: "Moot",
};

export const UPDATE_KIND_LABELS: Record<UpdateKind, string> = {
  STATEMENT: "Statement",
  EXECUTIVE_ORDER: "Executive order",
  LAW: "Law",
  COURT_RULING: "Court ruling",
  REGULATION: "Regulation",
  CALL: "Call",
  MEETING: "Meeting",
  ANALYSIS: "Analysis",
  REPORT: "Report",
};

export const ASSESSMENT_LABELS: Record<ExpectationAssessment, string> = {
  PENDING: "Pending",
  MET: "Met",
  PARTLY_MET: "Partly met",
  NOT_MET: "Not met",
};

export const TARIFF_DIRECTION_LABELS: Record<TariffDirection, string> = {
  US_ON_CHINA: "US tariffs on China",
  CHINA_ON_US: "China's tariffs on the US",
};

export const TARIFF_MEASURE_LABELS: Record<TariffMeasure, string> = {
  FENTANYL_IEEPA: "Fentanyl tariff (IEEPA)",
  RECIPROCAL_IEEPA: "Reciprocal tariff (IEEPA)",
  SECTION_122: "Section 122 surcharge",
  COUNTER_FENTANYL: "Countermeasure to the fentanyl tariffs",
  COUNTER_FARM: "Countermeasure on US farm goods",
  COUNTER_RECIPROCAL: "Countermeasure to the reciprocal tariff",
};

export const TARIFF_SCOPE_LABELS: Record<TariffScope, string> = {
  ALL_GOODS: "All goods",
  SELECTED_GOODS: "Selected goods",
};
