// A small Atom 1.0 (RFC 4287) writer: just what Parley's feeds need.

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** Text safe inside XML element content and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&#39;")
  );
}

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related" | "via" | "enclosure";
  type?: string;
  title?: string;
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  /** A permanent, unique IRI: it must never change, even if the entry's title or link does. */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  /** The first `alternate` link is where the entry is read on the site. */
  links: AtomLink[];
  summary?: string;
  /** HTML, escaped into the feed as `type="html"` content. */
  contentHtml?: string;
  categories?: { term: string; label?: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL (`rel="self"`) and the page it mirrors (`rel="alternate"`). */
  selfUrl: string;
  alternateUrl: string;
  author: AtomPerson;
  /** The latest change to any entry; an empty feed passes the instant its source last changed. */
  updated: Date;
  entries: readonly AtomEntry[];
}

function link({ href, rel, type, title }: AtomLink): string {
  const attributes = [
    rel ? `rel="${rel}"` : null,
    type ? `type="${escapeXml(type)}"` : null,
    `href="${escapeXml(href)}"`,
    title ? `title="${escapeXml(title)}"` : null,
  ];
  return `<link ${attributes.filter(Boolean).join(" ")}/>`;
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

function person(tag: "author", p: AtomPerson): string {
  return `<${tag}>${element("name", p.name)}${p.uri ? element("uri", p.uri) : ""}</${tag}>`;
}

function entry(e: AtomEntry): string {
  const parts = [
    element("id", e.id),
    element("title", e.title, ' type="text"'),
    element("updated", e.updated.toISOString()),
    ...(e.published ? [element("published", e.published.toISOString())] : []),
    ...e.links.map(link),
    ...(e.categories ?? []).map(
      (c) => `<category term="${escapeXml(c.term)}"${c.label ? ` label="${escapeXml(c.label)}"` : ""}/>`,
    ),
    ...(e.summary ? [element("summary", e.summary, ' type="text"')] : []),
    ...(e.contentHtml ? [element("content", e.contentHtml, ' type="html"')] : []),
  ];
  return `  <entry>\n    ${parts.join("\n    ")}\n  </entry>`;
}

/** A complete Atom document. */
export function serializeAtom(feed: AtomFeed): string {
  const head = [
    element("id", feed.id),
    element("title", feed.title, ' type="text"'),
    ...(feed.subtitle ? [element("subtitle", feed.subtitle, ' type="text"')] : []),
    element("updated", feed.updated.toISOString()),
    link({ rel: "self", type: "application/atom+xml", href: feed.selfUrl }),
    link({ rel: "alternate", type: "text/html", href: feed.alternateUrl }),
    person("author", feed.author),
    "<generator>Parley</generator>",
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    ...head.map((line) => `  ${line}`),
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
