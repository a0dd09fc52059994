/** Where Parley's feeds, calendars and downloads live, for links on the pages and in the documents. */
export const SITE_FEED_PATH = "/feed.xml";
export const issueFeedPath = (slug: string) => `/issues/${slug}/feed.xml`;

export const SITE_CALENDAR_PATH = "/calendar.ics";
export const issueCalendarPath = (slug: string) => `/issues/${slug}/calendar.ics`;

export const DOWNLOADS = {
  timeline: { path: "/downloads/timeline.csv", filename: "parley-timeline.csv" },
  deadlines: { path: "/downloads/deadlines.csv", filename: "parley-deadlines.csv" },
  tariffChanges: { path: "/downloads/tariff-changes.csv", filename: "parley-tariff-changes.csv" },
} as const;

export const embedDeadlinePath = (slug: string) => `/embed/deadlines/${slug}`;
