import { Feed, type Category, type Item } from "feed";
import { escapeHtml } from "./escape-html";
import { FEED_FORMATS, type FeedFormat } from "./public-paths";

/** What a feed is about, whatever its format. */
export interface FeedChannel {
  /** A permanent IRI for the feed itself. */
  id: string;
  title: string;
  description: string;
  /** The page the feed mirrors. */
  pageUrl: string;
  /** The feed's own address in each format; each document names its own as `self`. */
  feedUrls: Record<FeedFormat, string>;
  author: { name: string; url: string };
  /** The latest change to any entry; an empty feed passes the instant its source last changed. */
  updated: Date;
}

export interface FeedEntry {
  /** A permanent, unique IRI: it must never change, even if the entry's title or link does. */
  id: string;
  /** Plain text. */
  title: string;
  /** Where the entry is read on the site. */
  url: string;
  updated: Date;
  published?: Date;
  /** The entry's content, as HTML whose text has been escaped already. */
  html: string;
  categories: { term: string; label: string }[];
}

export const FEED_CONTENT_TYPES = {
  atom: `${FEED_FORMATS.atom.mediaType}; charset=utf-8`,
  rss: `${FEED_FORMATS.rss.mediaType}; charset=utf-8`,
  json: `${FEED_FORMATS.json.mediaType}; charset=utf-8`,
} as const satisfies Record<FeedFormat, string>;

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

// The library writes characters XML 1.0 forbids as they are, and a parser then refuses the document.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// The library escapes `&` and `"` in attribute values but not `<`, which XML forbids there: such a
// label is left out (the term, a slug, still names the category).
const atomCategory = ({ term, label }: FeedEntry["categories"][number]): Category => ({
  term,
  name: label.includes("<") ? undefined : label,
});

function item(format: FeedFormat, entry: FeedEntry): Item {
  return {
    id: entry.id,
    // Atom's titles are `type="html"` and RSS readers treat titles as HTML; JSON Feed's are plain text.
    title: format === "json" ? entry.title : escapeHtml(entry.title),
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    content: entry.html,
    category: entry.categories.map((category) =>
      format === "atom" ? atomCategory(category) : { name: category.label },
    ),
  };
}

interface JsonFeed10 {
  version: string;
  author?: { name?: string; url?: string };
  items: unknown[];
  [field: string]: unknown;
}

// The library writes JSON Feed 1.0; 1.1 names the authors in a list and adds the language.
function jsonFeed11(json10: string): string {
  const { version: _version, author, items, ...feed } = JSON.parse(json10) as JsonFeed10;
  return JSON.stringify(
    { version: JSON_FEED_VERSION, ...feed, language: "en", ...(author ? { authors: [author] } : {}), items },
    null,
    2,
  );
}

/** One feed as a complete document in the given format. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: channel.id,
    title: channel.title,
    description: channel.description,
    link: channel.pageUrl,
    feedLinks: channel.feedUrls,
    language: "en",
    updated: channel.updated,
    generator: "Parley",
    author: { name: channel.author.name, link: channel.author.url },
  });
  for (const entry of entries) feed.addItem(item(format, entry));
  switch (format) {
    case "atom":
      return `${feed.atom1().replace(NOT_IN_XML, "")}\n`;
    case "rss":
      return `${feed.rss2().replace(NOT_IN_XML, "")}\n`;
    case "json":
      return `${jsonFeed11(feed.json1())}\n`;
  }
}
