/** The columns every page shows of a source. */
export const sourceSelect = {
  select: { id: true, url: true, publisher: true, title: true, publishedOn: true },
  orderBy: [{ publishedOn: "asc" as const }, { id: "asc" as const }],
};
