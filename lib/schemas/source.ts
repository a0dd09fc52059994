import { z } from "zod";
import { httpUrl, localDate, recordId, requiredText, version } from "./form-fields";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const sourceFormSchema = z.object({
  id: optional(recordId),
  version: optional(version),
  url: httpUrl("Web address"),
  publisher: requiredText("Publisher", 200),
  title: requiredText("Title", 500),
  publishedOn: optional(localDate("Publication date")),
});

export type SourceFormInput = z.output<typeof sourceFormSchema>;

/** A publication date is a calendar day, kept as UTC midnight (as the seed stores it). */
export function publicationInstant(publishedOn: string | undefined): Date | null {
  return publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null;
}
