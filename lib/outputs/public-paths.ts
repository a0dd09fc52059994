/** Where Parley's feeds, calendars and downloads live, for links on the pages and in the documents. */

/** Each feed is written in three formats; Atom is the one the pages link to by name. */
export const FEED_FORMATS = {
  atom: { label: "Atom", mediaType: "application/atom+xml", file: "feed.xml" },
  rss: { label: "RSS", mediaType: "application/rss+xml", file: "feed.rss" },
  json: { label: "JSON Feed", mediaType: "application/feed+json", file: "feed.json" },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

export const siteFeedPath = (format: FeedFormat) => `/${FEED_FORMATS[format].file}`;
export const issueFeedPath = (slug: string, format: FeedFormat) => `/issues/${slug}/${FEED_FORMATS[format].file}`;

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
 * `<link rel="alternate">` targets for a page's metadata: the site's feed in each format and its
 * calendar, and an issue's own first when the page is about one. (A page's `alternates` replaces
 * its layout's.)
 */
export function feedAlternates(issue?: { slug: string; title: string }) {
  const feeds = (format: FeedFormat) => [
    ...(issue
      ? [
          {
            url: issueFeedPath(issue.slug, format),
            title: `Parley: ${issue.title} updates (${FEED_FORMATS[format].label})`,
          },
        ]
      : []),
    { url: siteFeedPath(format), title: `Parley: all updates (${FEED_FORMATS[format].label})` },
  ];
  return {
    types: {
      [FEED_FORMATS.atom.mediaType]: feeds("atom"),
      [FEED_FORMATS.rss.mediaType]: feeds("rss"),
      [FEED_FORMATS.json.mediaType]: feeds("json"),
      "text/calendar": [
        ...(issue
          ? [{ url: issueCalendarPath(issue.slug), title: `Parley: ${issue.title} deadlines and rounds` }]
          : []),
        { url: SITE_CALENDAR_PATH, title: "Parley: deadlines and rounds" },
      ],
    },
  };
}
