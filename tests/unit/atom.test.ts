import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, serializeAtom } from "@/lib/outputs/atom";

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<b>"A & B"</b> 'c'`)).toBe("&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt; &#39;c&#39;");
    expect(escapeXml("bell\u0007 ok\ttab")).toBe("bell ok\ttab");
  });
});

describe("serializeAtom", () => {
  const xml = serializeAtom({
    id: "tag:parley.example,2026:feed:updates",
    title: "Parley: US–China & more",
    selfUrl: "https://parley.example/feed.xml",
    alternateUrl: "https://parley.example/timeline",
    author: { name: "Parley", uri: "https://parley.example" },
    updated: new Date("2026-05-15T00:00:00Z"),
    entries: [
      {
        id: "tag:parley.example,2026:update:7",
        title: "Tariffs <cut> & “paused”",
        updated: new Date("2026-05-15T00:00:00Z"),
        published: new Date("2026-05-14T00:00:00Z"),
        links: [
          { rel: "alternate", type: "text/html", href: "https://parley.example/timeline?year=2026&x=1#update-a" },
          { rel: "via", href: "https://source.example/a", title: "A report — Source" },
        ],
        summary: "Plain text with <angle brackets>",
        contentHtml: "<p>Some <strong>HTML</strong> &amp; an entity</p>",
        categories: [{ term: "statement", label: "Statement" }],
      },
    ],
  });

  it("declares XML, the Atom namespace, a self link and an author", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://parley.example/feed.xml"/>');
    expect(xml).toContain("<author><name>Parley</name><uri>https://parley.example</uri></author>");
    expect(xml).toContain("&amp;x=1#update-a");
  });

  it("reads back through a real feed parser with the same entries, text and links", () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Parley: US–China & more");
    expect(feed.self).toBe("https://parley.example/feed.xml");
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.id).toBe("tag:parley.example,2026:update:7");
    expect(item?.title).toBe("Tariffs <cut> & “paused”");
    expect(item?.url).toBe("https://parley.example/timeline?year=2026&x=1#update-a");
    expect(item?.content).toContain("<strong>HTML</strong>");
    expect(item?.published?.toISOString()).toBe("2026-05-14T00:00:00.000Z");
    expect(item?.updated?.toISOString()).toBe("2026-05-15T00:00:00.000Z");
  });
});
