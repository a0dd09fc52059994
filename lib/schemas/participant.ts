import { z } from "zod";
import { Side } from "../generated/prisma/enums";
import {
  checkSources,
  idList,
  newSourceFields,
  optionalSlug,
  optionalText,
  recordId,
  requiredText,
  version,
} from "./form-fields";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const participantFormSchema = z
  .object({
    id: optional(recordId),
    version: optional(version),
    slug: optionalSlug,
    name: requiredText("Name", 200),
    office: requiredText("Office", 300),
    side: z.enum(Side, "Choose a side."),
    note: optionalText("Note", 2000),
    sourceIds: idList,
    ...newSourceFields,
  })
  .superRefine((input, ctx) => checkSources(input, ctx, { required: true }));

export type ParticipantFormInput = z.output<typeof participantFormSchema>;
