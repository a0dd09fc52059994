/**
 * What a restore may bring back, per kind of record: the editable fields, never the history
 * (an issue's status comes from its status history, a deadline's chain links stay as they are).
 */
export const RESTORABLE = {
  round: {
    fields: [
      "slug",
      "kind",
      "sequence",
      "title",
      "city",
      "country",
      "venue",
      "startsAt",
      "endsAt",
      "timeZone",
      "timePrecision",
      "status",
      "summary",
      "outcome",
      "lengthNote",
      "unverified",
      "caveat",
      "publishedAt",
    ],
    dates: ["startsAt", "endsAt", "publishedAt"],
  },
  update: {
    fields: [
      "slug",
      "kind",
      "title",
      "body",
      "occurredAt",
      "timeZone",
      "timePrecision",
      "roundId",
      "unverified",
      "caveat",
      "publishedAt",
    ],
    dates: ["occurredAt", "publishedAt"],
  },
  issue: { fields: ["title", "summary", "position", "unverified", "caveat"], dates: [] },
  deadline: {
    fields: [
      "title",
      "description",
      "dueAt",
      "timeZone",
      "timePrecision",
      "resolutionNote",
      "resolvedAt",
      "setBy",
      "setOn",
      "unverified",
      "caveat",
    ],
    dates: ["dueAt", "resolvedAt", "setOn"],
  },
  participant: { fields: ["slug", "name", "office", "side", "note"], dates: [] },
  source: { fields: ["url", "publisher", "title", "publishedOn"], dates: ["publishedOn"] },
  expectation: { fields: ["text", "expectedBy", "assessment", "assessmentNote"], dates: [] },
} as const;

export type RestorableEntity = keyof typeof RESTORABLE;

export function isRestorable(entityType: string): entityType is RestorableEntity {
  return entityType in RESTORABLE;
}

/** The restorable fields of a snapshot, with its dates turned back into instants. */
export function restorableFields(
  entityType: RestorableEntity,
  snapshot: Record<string, unknown>,
): Record<string, unknown> {
  const { fields, dates } = RESTORABLE[entityType];
  const dateFields = new Set<string>(dates);
  return Object.fromEntries(
    fields
      .filter((field) => field in snapshot)
      .map((field) => {
        const value = snapshot[field];
        return [field, dateFields.has(field) && typeof value === "string" ? new Date(value) : value];
      }),
  );
}
