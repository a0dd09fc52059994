/** One address of every kind of reader page, from the seed (so the end-to-end database has them too). */
export const READER_PAGES = [
  "/",
  "/timeline",
  "/rounds/geneva-2025-05",
  "/issues",
  "/issues/tariffs",
  "/deadlines",
  "/deadlines/china-notice-46-suspension-2026-11-27",
  "/track-record",
  "/participants",
  "/participants/scott-bessent",
  "/tariffs",
] as const;

/** The pages the load test compares with the baselines. */
export const LOADED_PAGES = [
  { name: "Home", path: "/", file: "home.html" },
  { name: "Timeline", path: "/timeline", file: "timeline.html" },
  { name: "A round", path: "/rounds/geneva-2025-05", file: "round.html" },
  { name: "JSON API", path: "/api/v1/rounds", file: "api.json" },
] as const;

/** Rendered per request (filters are in the query): shows what the queries cost at scale. */
export const FILTERED_TIMELINE = "/timeline?issue=tariffs";
