import { z } from "zod";
import { isValidTimeZone } from "../domain/time";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const optionalText = (label: string, max = 2000) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} must be at most ${max} characters.`).optional());

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(120, "The address name must be at most 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like madrid-2025-09.");

export const optionalSlug = z.preprocess(blankToUndefined, slug.optional());

export const localDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `${label} is not a real date.`)
    .refine((value) => value >= "1990-01-01" && value <= "2100-12-31", `${label} must fall between 1990 and 2100.`);

export const optionalLocalTime = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time (HH:MM, 24-hour).`)
      .optional(),
  );

export const timeZone = z
  .string({ error: "Time zone is required." })
  .trim()
  .min(1, "Time zone is required.")
  .refine(isValidTimeZone, "Not a known time zone: use an IANA name such as America/New_York or Asia/Shanghai.");

export const httpUrl = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .max(2000, `${label} must be at most 2000 characters.`)
    .refine(
      (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
      `${label} must be a web address starting with http:// or https://.`,
    );

/** The version of the record the editor opened, for optimistic concurrency. */
export const version = z.coerce
  .number({ error: "The form is missing the record's version; reload the page." })
  .int()
  .min(1);

export const recordId = z.coerce
  .number({ error: "The form is missing the record's id; reload the page." })
  .int()
  .positive();

/** A checkbox group or multi-select of ids: absent, one value or many. */
export const idList = z.preprocess(
  (value) =>
    value === undefined || value === "" ? [] : Array.isArray(value) ? value.filter((v) => v !== "") : [value],
  z.array(z.coerce.number().int().positive()).max(200),
);

export const optionalInt = (label: string, min = 0, max = 10_000) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${label} must be a whole number.` })
      .int(`${label} must be a whole number.`)
      .min(min)
      .max(max)
      .optional(),
  );

/** "Save as draft" or "Publish", from the button the editor pressed. */
export const publishIntent = z.enum(["draft", "publish"]).default("draft");

/** A source typed in with the record: all four fields, or none. */
export const newSourceFields = {
  sourceUrl: z.preprocess(blankToUndefined, httpUrl("Source address").optional()),
  sourcePublisher: optionalText("Publisher", 200),
  sourceTitle: optionalText("Source title", 500),
  sourceDate: z.preprocess(blankToUndefined, localDate("Publication date").optional()),
};

export interface SourceInput {
  sourceIds: number[];
  sourceUrl?: string;
  sourcePublisher?: string;
  sourceTitle?: string;
}

/** Cross-field rules for sources: a typed-in source is complete, and a fact has at least one. */
export function checkSources(input: SourceInput, ctx: z.RefinementCtx, { required }: { required: boolean }) {
  const typed = input.sourceUrl || input.sourcePublisher || input.sourceTitle;
  if (typed) {
    if (!input.sourceUrl)
      ctx.addIssue({ code: "custom", path: ["sourceUrl"], message: "Give the new source's web address." });
    if (!input.sourcePublisher)
      ctx.addIssue({ code: "custom", path: ["sourcePublisher"], message: "Give the new source's publisher." });
    if (!input.sourceTitle)
      ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "Give the new source's title." });
  }
  if (required && input.sourceIds.length === 0 && !input.sourceUrl) {
    ctx.addIssue({
      code: "custom",
      path: ["sourceIds"],
      message: "Every published fact needs a source: pick one or add a new one.",
    });
  }
}
