import { yearInZone } from "./domain/time";
import { absoluteUrl } from "./env";

// Where each kind of record is shown on the site, as absolute URLs for feeds, calendars and the API.

export const roundUrl = (slug: string) => absoluteUrl(`/rounds/${slug}`);
export const participantUrl = (slug: string) => absoluteUrl(`/participants/${slug}`);
export const issueUrl = (slug: string) => absoluteUrl(`/issues/${slug}`);
export const deadlineUrl = (slug: string) => absoluteUrl(`/deadlines/${slug}`);
export const tariffChangeUrl = (id: number) => absoluteUrl(`/tariffs#tariff-change-${id}`);

/** Updates have no page of their own: the timeline filtered to their year shows them in place. */
export const updateUrl = (update: { slug: string; occurredAt: Date; timeZone: string }) =>
  absoluteUrl(`/timeline?year=${yearInZone(update.occurredAt, update.timeZone)}#update-${update.slug}`);

/** The same address for calendar apps: `webcal:` asks the reader's calendar to subscribe. */
export const webcalUrl = (path: string) => absoluteUrl(path).replace(/^https?:/, "webcal:");
