/** Prisma's `skip`/`take` for a 1-based page. */
export function pageWindow(page: number, perPage: number) {
  return { skip: (page - 1) * perPage, take: perPage };
}

export interface PageOf<T> {
  rows: T[];
  total: number;
}
