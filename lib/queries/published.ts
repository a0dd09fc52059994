/** Readers see only what has been published; drafts have no `publishedAt`. */
export const published = { publishedAt: { not: null } } as const;

/** A participant readers can see: one who took part in a published round (never only in drafts). */
export const visibleParticipant = { participations: { some: { round: published } } } as const;

/** A round linked from a published record, as readers may see it: not at all while it is a draft. */
export function publishedRound<Round extends { publishedAt: Date | null }>(
  round: Round | null,
): Omit<Round, "publishedAt"> | null {
  if (!round?.publishedAt) return null;
  const { publishedAt: _publishedAt, ...shown } = round;
  return shown;
}
