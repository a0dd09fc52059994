/** Where Parley's feeds, calendars and downloads live, for links on the pages and in the documents. */
export const SITE_FEED_PATH = "/feed.xml";
export const issueFeedPath = (slug: string) => `/issues/${slug}/feed.xml`;

export const SITE_CALENDAR_PATH = "/calendar.ics";
export const issueCalendarPath = (slug: string) => `/issues/${slug}/calendar.ics`;

export const DOWNLOADS = {
  timeline: { path: "/downloads/timeline.csv", filename: "parley-timeline.csv" },
  deadlines: { path: "/downloads/deadlines.csv", filename: "parley-deadlines.csv" },
  tariffChanges: { path: "/downloads/tariff-changes.csv", filename: "parley-tariff-changes.csv" },
  deadlineChains: { path: "/downloads/deadline-chains.csv", filename: "parley-deadline-chains.csv" },
  roundExpectations: { path: "/downloads/round-expectations.csv", filename: "parley-round-expectations.csv" },
} as const;

export const PRECEDENT_API_PATH = "/api/v1/precedent";

export const embedDeadlinePath = (slug: string) => `/embed/deadlines/${slug}`;

/**
 * `<link rel="alternate">` targets for a page's metadata: the site's feed and calendar, and an
 * issue's own first when the page is about one. (A page's `alternates` replaces its layout's.)
 */
export function feedAlternates(issue?: { slug: string; title: string }) {
  return {
    types: {
      "application/atom+xml": [
        ...(issue ? [{ url: issueFeedPath(issue.slug), title: `Parley: ${issue.title} updates` }] : []),
        { url: SITE_FEED_PATH, title: "Parley: all updates" },
      ],
      "text/calendar": [
        ...(issue ? [{ url: issueCalendarPath(issue.slug), title: `Parley: ${issue.title} deadlines and rounds` }] : []),
        { url: SITE_CALENDAR_PATH, title: "Parley: deadlines and rounds" },
      ],
    },
  };
}
