import { z } from "zod";
import { ExpectationAssessment } from "../generated/prisma/enums";
import { checkSources, idList, newSourceFields, optionalText, recordId, requiredText, version } from "./form-fields";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** What analysts expected of a round; with an id and version it edits one already recorded. */
export const expectationFormSchema = z
  .object({
    id: optional(recordId),
    version: optional(version),
    roundId: recordId,
    text: requiredText("Expectation", 2000),
    expectedBy: requiredText("Expected by", 300),
    sourceIds: idList,
    ...newSourceFields,
  })
  .superRefine((input, ctx) => checkSources(input, ctx, { required: true }));

export type ExpectationFormInput = z.output<typeof expectationFormSchema>;

/** How an expectation turned out, once the round is over. */
export const assessExpectationSchema = z
  .object({
    id: recordId,
    version,
    assessment: z.enum(ExpectationAssessment, "Choose an assessment."),
    assessmentNote: optionalText("What happened", 2000),
  })
  .superRefine((input, ctx) => {
    if (input.assessment !== "PENDING" && !input.assessmentNote) {
      ctx.addIssue({
        code: "custom",
        path: ["assessmentNote"],
        message: "Say what happened: readers see it beside the assessment.",
      });
    }
  });

export type AssessExpectationInput = z.output<typeof assessExpectationSchema>;
