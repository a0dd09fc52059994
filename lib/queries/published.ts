/** Readers see only what has been published; drafts have no `publishedAt`. */
export const published = { publishedAt: { not: null } } as const;
