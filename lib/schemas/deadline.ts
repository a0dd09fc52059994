import { z } from "zod";
import { instantInZone } from "../domain/time";
import {
  checkSources,
  idList,
  localDate,
  newSourceFields,
  optionalLocalTime,
  optionalText,
  recordId,
  requiredText,
  timeZone,
  version,
} from "./form-fields";

/** A due instant from a local date (and time, else the whole day) in the zone the deadline was set in. */
export function dueInstant(input: { dueDate: string; dueTime?: string; timeZone: string }) {
  try {
    return {
      dueAt: instantInZone(input.dueTime ? `${input.dueDate}T${input.dueTime}` : input.dueDate, input.timeZone),
      timePrecision: input.dueTime ? ("MINUTE" as const) : ("DAY" as const),
    };
  } catch {
    return null;
  }
}

export const extendDeadlineSchema = z
  .object({
    id: recordId,
    version,
    dueDate: localDate("New due date"),
    dueTime: optionalLocalTime("New due time"),
    timeZone,
    setBy: requiredText("What set the new date", 300),
    setOn: localDate("Date it was set"),
    note: optionalText("Note", 2000),
    sourceIds: idList,
    ...newSourceFields,
  })
  .superRefine((input, ctx) => {
    if (!dueInstant(input))
      ctx.addIssue({
        code: "custom",
        path: ["dueDate"],
        message: "The new due date could not be read in that time zone.",
      });
    checkSources(input, ctx, { required: true });
  });

export type ExtendDeadlineInput = z.output<typeof extendDeadlineSchema>;

export const resolveDeadlineSchema = z
  .object({
    id: recordId,
    version,
    status: z.enum(["MET", "LAPSED", "MOOT"], "Choose how the deadline ended."),
    resolutionNote: requiredText("What happened", 2000),
    resolvedOn: localDate("Date it was resolved"),
    sourceIds: idList,
    ...newSourceFields,
  })
  .superRefine((input, ctx) => checkSources(input, ctx, { required: true }));

export type ResolveDeadlineInput = z.output<typeof resolveDeadlineSchema>;
