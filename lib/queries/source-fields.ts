/**
 * Oldest first, undated sources before dated ones: said outright, because SQLite puts NULL first
 * in ascending order and PostgreSQL puts it last.
 */
export const sourceOrder = [{ publishedOn: { sort: "asc" as const, nulls: "first" as const } }, { id: "asc" as const }];

/** The columns every page shows of a source. */
export const sourceSelect = {
  select: { id: true, url: true, publisher: true, title: true, publishedOn: true },
  orderBy: sourceOrder,
};
