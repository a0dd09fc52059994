import { z } from "zod";
import { instantInZone } from "../domain/time";
import { ParticipationRole, RoundKind, RoundStatus } from "../generated/prisma/enums";
import {
  checkSources,
  idList,
  localDate,
  newSourceFields,
  optionalInt,
  optionalLocalTime,
  optionalSlug,
  optionalText,
  publishIntent,
  recordId,
  requiredText,
  timeZone,
  version,
} from "./form-fields";

const ROLE_FIELD = /^role_(\d+)$/;

/** Participant roles arrive as one select per person, named `role_<participantId>`. */
function collectParticipants(values: unknown) {
  if (!values || typeof values !== "object") return values;
  const participants = Object.entries(values as Record<string, unknown>).flatMap(([name, role]) => {
    const match = ROLE_FIELD.exec(name);
    return match && typeof role === "string" && role !== "" ? [{ participantId: Number(match[1]), role }] : [];
  });
  return { ...values, participants };
}

export const roundFormSchema = z.preprocess(
  collectParticipants,
  z
    .object({
      id: z.preprocess((v) => (v === "" ? undefined : v), recordId.optional()),
      version: z.preprocess((v) => (v === "" ? undefined : v), version.optional()),
      slug: optionalSlug,
      kind: z.enum(RoundKind, "Choose what kind of event this is."),
      sequence: optionalInt("Round number", 1, 500),
      title: requiredText("Title", 200),
      city: optionalText("City", 120),
      country: optionalText("Country", 120),
      venue: optionalText("Venue", 300),
      startDate: localDate("Start date"),
      startTime: optionalLocalTime("Start time"),
      endDate: localDate("End date"),
      endTime: optionalLocalTime("End time"),
      timeZone,
      status: z.enum(RoundStatus, "Choose a status."),
      summary: requiredText("Summary", 2000),
      outcome: optionalText("Outcome", 5000),
      lengthNote: optionalText("Length", 200),
      participants: z
        .array(z.object({ participantId: z.number().int().positive(), role: z.enum(ParticipationRole) }))
        .max(100),
      issueIds: idList,
      sourceIds: idList,
      ...newSourceFields,
      intent: publishIntent,
    })
    .superRefine((input, ctx) => {
      const bothTimed = Boolean(input.startTime) === Boolean(input.endTime);
      if (!bothTimed)
        ctx.addIssue({
          code: "custom",
          path: [input.startTime ? "endTime" : "startTime"],
          message: "Give both times, or neither (dates only).",
        });
      const span = roundSpan(input);
      if (span && span.endsAt <= span.startsAt) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end must come after the start." });
      }
      checkSources(input, ctx, { required: input.intent === "publish" });
    }),
);

export type RoundFormInput = z.output<typeof roundFormSchema>;

/**
 * Start and end instants from local dates and times in the venue's zone. With dates only, the
 * round covers whole local days: from midnight of the first to the midnight after the last.
 */
export function roundSpan(input: {
  startDate: string;
  startTime?: string;
  endDate: string;
  endTime?: string;
  timeZone: string;
}) {
  try {
    if (input.startTime && input.endTime) {
      return {
        startsAt: instantInZone(`${input.startDate}T${input.startTime}`, input.timeZone),
        endsAt: instantInZone(`${input.endDate}T${input.endTime}`, input.timeZone),
        timePrecision: "MINUTE" as const,
      };
    }
    const dayAfterEnd = new Date(`${input.endDate}T00:00:00Z`);
    dayAfterEnd.setUTCDate(dayAfterEnd.getUTCDate() + 1);
    return {
      startsAt: instantInZone(input.startDate, input.timeZone),
      endsAt: instantInZone(dayAfterEnd.toISOString().slice(0, 10), input.timeZone),
      timePrecision: "DAY" as const,
    };
  } catch {
    return null;
  }
}
