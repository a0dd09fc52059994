import { timelineFiltersSchema } from "../schemas/timeline-filters";

/**
 * The public pages a shared cache may keep for a second, as one next.config.ts path pattern: every
 * header rule costs each request tens of microseconds of matching, so there is one for all of them.
 */
export const READER_PAGES_SOURCE =
  "/:page((?:timeline|issues|deadlines|track-record|participants|tariffs|(?:rounds|issues|deadlines|participants|embed/deadlines)/[^/]+)?)";

/** Query parameters that make /timeline a filtered view, rendered per request. */
export const TIMELINE_QUERY_KEYS = Object.keys(timelineFiltersSchema.shape);
