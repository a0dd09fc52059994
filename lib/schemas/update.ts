import { z } from "zod";
import { UpdateKind } from "../generated/prisma/enums";
import {
  checkSources,
  idList,
  localDate,
  newSourceFields,
  optionalSlug,
  publishIntent,
  recordId,
  requiredText,
  timeZone,
  version,
} from "./form-fields";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const updateFormSchema = z
  .object({
    id: optional(recordId),
    version: optional(version),
    slug: optionalSlug,
    kind: z.enum(UpdateKind, "Choose what kind of update this is."),
    title: requiredText("Title", 200),
    body: requiredText("Text", 20_000),
    occurredOn: localDate("Date"),
    timeZone,
    roundId: optional(recordId),
    issueIds: idList,
    sourceIds: idList,
    ...newSourceFields,
    intent: publishIntent,
  })
  .superRefine((input, ctx) => checkSources(input, ctx, { required: true }));

export type UpdateFormInput = z.output<typeof updateFormSchema>;
