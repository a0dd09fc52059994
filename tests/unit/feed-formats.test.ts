import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/outputs/escape-html";
import { JSON_FEED_VERSION, renderFeed, type FeedChannel, type FeedEntry } from "@/lib/outputs/feed-formats";

// Text an editor could type: markup, ampersands, quotes, a CDATA terminator twice and a character XML forbids.
const HOSTILE = `Tariffs <script>alert("x")</script> & “paused” ]]> again ]]> it's\u0007 done`;
const HOSTILE_SHOWN = HOSTILE.replace("\u0007", "");

const channel: FeedChannel = {
  id: "tag:parley.example,2026:feed:updates",
  title: "Parley: US–China <b>talks</b> & more",
  description: "Statements & orders <i>with</i> sources",
  pageUrl: "https://parley.example/timeline",
  feedUrls: {
    atom: "https://parley.example/feed.xml",
    rss: "https://parley.example/feed.rss",
    json: "https://parley.example/feed.json",
  },
  author: { name: "Parley", url: "https://parley.example" },
  updated: new Date("2026-05-15T00:00:00Z"),
};

const entry: FeedEntry = {
  id: "tag:parley.example,2026:update:7",
  title: HOSTILE,
  url: "https://parley.example/timeline?year=2026&x=1#update-a",
  updated: new Date("2026-05-15T00:00:00Z"),
  published: new Date("2026-05-14T00:00:00Z"),
  html: `<p>Some <strong>HTML</strong> &amp; an entity</p><ul><li><a href="https://source.example/a?b=1&amp;c=2">A report</a> — Source</li></ul>`,
  categories: [
    { term: "statement", label: "Statement" },
    { term: "chips", label: "Chips <b> & “probes”" },
  ],
};
const second: FeedEntry = {
  ...entry,
  id: "tag:parley.example,2026:update:6",
  title: "Trump's visit postponed",
  categories: [],
  published: undefined,
};

/** Attribute values holding a `<`, which XML forbids there; a lenient parser would not notice. */
const LT_IN_ATTRIBUTE = /\s[\w:-]+="[^"]*</;

describe("escapeHtml", () => {
  it("escapes markup characters for element content and double-quoted attributes", () => {
    expect(escapeHtml(`<b>"A & B"</b> 'c'`)).toBe("&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt; 'c'");
  });
});

describe.each(["atom", "rss"] as const)("the %s document", (format) => {
  const xml = renderFeed(format, channel, [entry, second]);
  const feed = parseFeed(xml);

  it("reads back through a real feed parser with the same entries, text and links", () => {
    expect(feed.meta.type).toBe(format);
    expect(feed.title).toBe(channel.title);
    expect(feed.description).toBe(channel.description);
    expect(feed.url).toBe(channel.pageUrl);
    expect(feed.self).toBe(channel.feedUrls[format]);
    expect(feed.items.map((item) => item.title)).toEqual([HOSTILE_SHOWN, "Trump's visit postponed"]);
    const [item] = feed.items;
    expect(item?.id).toBe(entry.id);
    expect(item?.url).toBe("https://parley.example/timeline?year=2026&x=1#update-a");
    expect(item?.content).toContain("<strong>HTML</strong>");
    expect(item?.content).toContain('<a href="https://source.example/a?b=1&c=2">A report</a>');
    expect(item?.published?.toISOString()).toBe("2026-05-14T00:00:00.000Z");
  });

  it("keeps markup in titles and labels as text: nothing unescaped, nothing XML forbids", () => {
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("\u0007");
    expect(xml).not.toMatch(LT_IN_ATTRIBUTE);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });
});

describe("the Atom document", () => {
  const xml = renderFeed("atom", channel, [entry, second]);
  const [item] = parseFeed(xml).items;

  it("marks titles as HTML, dates entries, names an author and keeps the issue's slug as a category", () => {
    expect(xml).toContain(
      '<title type="html"><![CDATA[Tariffs &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;',
    );
    expect(xml).toContain("<author>");
    expect(item?.updated?.toISOString()).toBe("2026-05-15T00:00:00.000Z");
    expect(item?.categories.map((c) => c.term)).toEqual(["statement", "chips"]);
    expect(item?.categories[0]?.label).toBe("Statement");
  });
});

describe("the RSS document", () => {
  const [item] = parseFeed(renderFeed("rss", channel, [entry])).items;

  it("names each category by its label", () => {
    expect(item?.categories.map((c) => c.label)).toEqual(["Statement", "Chips <b> & “probes”"]);
  });
});

describe("the JSON Feed document", () => {
  const json = renderFeed("json", channel, [entry, second]);
  const feed = JSON.parse(json);

  it("is JSON Feed 1.1 with the fields the spec requires", () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(channel.title);
    expect(feed.home_page_url).toBe(channel.pageUrl);
    expect(feed.feed_url).toBe(channel.feedUrls.json);
    expect(feed.language).toBe("en");
    expect(feed.authors).toEqual([{ name: "Parley", url: "https://parley.example" }]);
    expect(feed.author).toBeUndefined();
    expect(feed.items).toHaveLength(2);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
    }
  });

  it("keeps titles as plain text and the content as the entry's HTML", () => {
    const [item] = feed.items;
    expect(item.title).toBe(HOSTILE);
    expect(item.content_html).toBe(entry.html);
    expect(item.url).toBe(entry.url);
    expect(item.date_published).toBe("2026-05-14T00:00:00.000Z");
    expect(item.date_modified).toBe("2026-05-15T00:00:00.000Z");
    expect(item.tags).toEqual(["Statement", "Chips <b> & “probes”"]);
  });
});

it("writes an empty feed that still parses", () => {
  const empty = { ...channel, updated: new Date(0) };
  expect(parseFeed(renderFeed("atom", empty, [])).items).toEqual([]);
  expect(parseFeed(renderFeed("rss", empty, [])).items).toEqual([]);
  expect(JSON.parse(renderFeed("json", empty, [])).items).toEqual([]);
});
