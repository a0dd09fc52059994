import { z } from "zod";
import { IssueStatus } from "../generated/prisma/enums";
import {
  checkSources,
  idList,
  localDate,
  newSourceFields,
  recordId,
  requiredText,
  timeZone,
  version,
} from "./form-fields";

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), recordId.optional());

export const statusChangeSchema = z
  .object({
    issueId: recordId,
    version,
    toStatus: z.enum(IssueStatus, "Choose the new status."),
    changedOn: localDate("Date of the change"),
    timeZone,
    note: requiredText("What happened", 1000),
    roundId: optionalId,
    sourceIds: idList,
    ...newSourceFields,
  })
  .superRefine((input, ctx) => checkSources(input, ctx, { required: true }));

export type StatusChangeInput = z.output<typeof statusChangeSchema>;
