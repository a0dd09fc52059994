/**
 * First-load JavaScript budget for reader pages, checked by `npm test` (tests/e2e/js-budget.spec.ts)
 * and reported by `npm run bench`: at most ALLOWANCE above the bare Next.js page (bench/bare-next),
 * whose figure is recorded here because CI does not build it. `npm run bench` measures the bare
 * page again and says when this number needs updating (a Next.js or React upgrade changes it).
 */
export const BARE_NEXT_FIRST_LOAD_GZIP = 135_677;
export const READER_PAGE_ALLOWANCE_GZIP = 15 * 1024;
export const READER_PAGE_BUDGET_GZIP = BARE_NEXT_FIRST_LOAD_GZIP + READER_PAGE_ALLOWANCE_GZIP;
