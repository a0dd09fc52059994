import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { useFixedClock } from "./fixed-clock";

// Parley's outputs, read with real clients: a feed parser, an iCalendar parser, HTTP caching
// and CORS as a browser sees them, and framing by another site.

const ENDPOINT_PATHS = [
  "/api/v1/rounds",
  "/api/v1/rounds/{slug}",
  "/api/v1/participants",
  "/api/v1/participants/{slug}",
  "/api/v1/issues",
  "/api/v1/issues/{slug}",
  "/api/v1/deadlines",
  "/api/v1/deadlines/{slug}",
  "/api/v1/tariff-changes",
  "/api/v1/updates",
  "/api/v1/updates/{slug}",
  "/api/v1/sources",
  "/api/v1/precedent",
  "/api/v1/openapi.json",
];

async function alternateLink(page: Page, type: string, title?: RegExp): Promise<string> {
  const links = page.locator(`head link[rel="alternate"][type="${type}"]`);
  const all = await links.evaluateAll((els) =>
    els.map((el) => ({ href: el.getAttribute("href") ?? "", title: el.getAttribute("title") ?? "" })),
  );
  const link = all.find((l) => !title || title.test(l.title));
  expect(link, `a <link rel="alternate" type="${type}">`).toBeDefined();
  return link!.href;
}

async function getText(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { response, text: await response.text() };
}

test("the site and each issue announce Atom feeds that a feed parser reads, entries linking back to the site and to sources", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/");
  const siteFeedUrl = await alternateLink(page, "application/atom+xml");
  const { response, text } = await getText(request, siteFeedUrl);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = parseFeed(text);
  expect(feed.meta.type).toBe("atom");
  expect(feed.self).toBe(`${baseURL}/feed.xml`);
  expect(feed.items.length).toBeGreaterThan(10);
  for (const item of feed.items) {
    expect(item.id).toMatch(/^tag:/);
    expect(item.url?.startsWith(`${baseURL}/timeline?year=`)).toBe(true);
    expect(item.updated).toBeInstanceOf(Date);
    expect(item.content, `${item.title} links to its sources`).toMatch(/<a href="https?:\/\/[^"]+">/);
  }
  expect(feed.items.some((item) => item.title === "Trump's Beijing visit postponed")).toBe(true);

  await page.goto("/issues/tiktok");
  const issueFeed = parseFeed(
    (await getText(request, await alternateLink(page, "application/atom+xml", /TikTok/))).text,
  );
  expect(issueFeed.title).toContain("TikTok");
  expect(issueFeed.items.length).toBeGreaterThan(0);
  expect(issueFeed.items.length).toBeLessThan(feed.items.length);
  expect(issueFeed.items.every((item) => item.categories.some((c) => c.term === "tiktok"))).toBe(true);
  await expect(page.getByTestId("follow-links").getByRole("link", { name: "Atom feed" })).toHaveAttribute(
    "href",
    "/issues/tiktok/feed.xml",
  );
});

test("the calendar keeps the TikTok chain as one event, extended five times, on its last date", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/deadlines");
  const subscribe = page.getByTestId("follow-links").getByRole("link", { name: "Subscribe in your calendar" });
  await expect(subscribe).toHaveAttribute("href", `${baseURL!.replace(/^http:/, "webcal:")}/calendar.ics`);
  const ics = page.getByTestId("follow-links").getByRole("link", { name: "Download .ics" });
  const { response, text } = await getText(request, (await ics.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toContain("text/calendar");

  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  const tiktok = events.filter((e) => e.summary === "TikTok divestiture deadline");
  expect(tiktok).toHaveLength(1);
  const [event] = tiktok;
  expect(event!.sequence).toBe(5);
  expect(event!.startDate.toString().slice(0, 10)).toBe("2026-01-23");
  expect(event!.startDate.isDate || event!.startDate.zone?.tzid === "America/New_York").toBe(true);

  const china = events.find((e) => e.summary === "End of China's matching 24-point suspension");
  expect(china?.startDate.zone?.tzid).toBe("Asia/Shanghai");
  expect(china?.startDate.toJSDate().toISOString()).toBe("2026-11-10T05:01:00.000Z");
});

test("the tariff chart has exactly one step per tariff change, each focusable with its measure and source", async ({
  page,
  request,
}) => {
  await useFixedClock(page);
  const api = await (await request.get("/api/v1/tariff-changes?per_page=100")).json();
  expect(api.meta.total).toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Tariffs" }).click();
  await expect(page.getByRole("heading", { name: "Tariffs", level: 1 })).toBeVisible();
  const steps = page.getByTestId("tariff-step");
  await expect(steps).toHaveCount(api.meta.total);
  await expect(page.getByTestId("tariff-row")).toHaveCount(api.meta.total);
  // The Section 122 surcharge, the last US measure the headline counts, ended on 24 July 2026.
  await expect(page.getByTestId("tariff-now")).toContainText("US tariffs on China: 0%");

  const peak = api.data.find(
    (c: { direction: string; headline_after: number }) => c.direction === "US_ON_CHINA" && c.headline_after === 145,
  );
  const step = page.locator(`[data-testid="tariff-step"]:has(a[href="#tariff-change-${peak.id}"])`);
  const target = step.getByRole("link");
  await expect(target).toHaveAttribute(
    "aria-label",
    /Reciprocal tariff \(IEEPA\) 84% → 125%; headline 104% → 145%\. Source: /,
  );
  const tooltip = step.getByTestId("tariff-tooltip");
  await expect(tooltip).toBeHidden();
  await target.focus();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("Headline: 104% → 145%");
  await target.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#tariff-change-${peak.id}$`));
  await expect(page.locator(`#tariff-change-${peak.id}`).getByRole("link").first()).toBeVisible();

  const csv = await request.get((await page.getByRole("link", { name: "Download CSV" }).first().getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(api.meta.total + 1);
});

test("the API pages, revalidates with a 304 and is open to other origins", async ({ request, baseURL }) => {
  const first = await request.get("/api/v1/deadlines?per_page=5");
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const page1 = await first.json();
  expect(page1.data).toHaveLength(5);
  expect(page1.meta).toMatchObject({ page: 1, per_page: 5 });
  expect(page1.links.next).toBe(`${baseURL}/api/v1/deadlines?page=2&per_page=5`);
  const page2 = await (await request.get(page1.links.next)).json();
  expect(page2.data).toHaveLength(5);
  expect(page2.data[0].slug).not.toBe(page1.data[0].slug);
  const everything = await (await request.get("/api/v1/deadlines?per_page=100")).json();
  expect(everything.data.slice(5, 10).map((d: { slug: string }) => d.slug)).toEqual(
    page2.data.map((d: { slug: string }) => d.slug),
  );

  // A deadline another spec extends in between changes the list, and rightly its ETag: revalidate what was just served.
  await expect(async () => {
    const etag = (await request.get("/api/v1/deadlines?per_page=5")).headers()["etag"];
    expect(etag).toMatch(/^W\/"/);
    const again = await request.get("/api/v1/deadlines?per_page=5", { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect(await again.body()).toHaveLength(0);
  }).toPass({ timeout: 10_000 });
  const since = await request.get("/api/v1/deadlines?per_page=5", {
    headers: { "If-Modified-Since": first.headers()["last-modified"]! },
  });
  expect(since.status()).toBe(304);

  const preflight = await request.fetch("/api/v1/deadlines", {
    method: "OPTIONS",
    headers: {
      Origin: "https://elsewhere.example",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);

  const tiktok = await (await request.get("/api/v1/deadlines/tiktok-divestiture-2026-01-23")).json();
  expect(tiktok.data.chain.extensions).toBe(5);
  const missing = await request.get("/api/v1/rounds/atlantis-2031-01");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.status).toBe(404);
  expect((await request.get("/api/v1/rounds?page=0")).status()).toBe(400);
});

test("openapi.json is OpenAPI 3.1 with a path for every endpoint, each of which answers", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = JSON.parse(await response.text());
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual([...ENDPOINT_PATHS].sort());
  const examples: Record<string, string> = {
    rounds: "madrid-2025-09",
    participants: "he-lifeng",
    issues: "tiktok",
    deadlines: "tiktok-divestiture-2026-01-23",
    updates: "pafaca-signed",
  };
  for (const path of ENDPOINT_PATHS) {
    const url = path.replace("{slug}", examples[path.split("/")[3]!] ?? "");
    expect((await request.get(url)).status(), url).toBe(200);
  }
});

test("share images are PNGs made by the app for the home page, a round and a deadline", async ({ page, request }) => {
  for (const path of ["/", "/rounds/madrid-2025-09", "/deadlines/tiktok-divestiture-2026-01-23"]) {
    await page.goto(path);
    const image = await page.locator('head meta[property="og:image"]').getAttribute("content");
    expect(image, path).toMatch(/opengraph-image/);
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const response = await request.get(image!);
    expect(response.status(), image!).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  }
});

test("only the embedded countdown may be framed by another site", async ({ page, request, baseURL }) => {
  const embedPath = "/embed/deadlines/china-notice-46-suspension-2026-11-27";
  const embed = await request.get(embedPath);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/deadlines/china-notice-46-suspension-2026-11-27", "/api/v1/rounds"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }

  await page.goto("/deadlines/china-notice-46-suspension-2026-11-27");
  const snippet = await page.getByTestId("embed-code").inputValue();
  expect(snippet).toContain(`<iframe src="${baseURL}${embedPath}"`);

  // A site on another origin frames the embed (allowed) and a normal page (refused). It runs on
  // loopback too: Chrome's local network access checks keep other pages from framing loopback ones.
  const html = `<!doctype html><title>Embedder</title>${snippet}<iframe id="page" src="${baseURL}/deadlines/china-notice-46-suspension-2026-11-27"></iframe>`;
  const embedder = createServer((_request, response) =>
    response.writeHead(200, { "Content-Type": "text/html" }).end(html),
  );
  await new Promise<void>((resolve) => embedder.listen(0, "127.0.0.1", resolve));
  const { port } = embedder.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  const embedded = page.frameLocator(`iframe[src$="${embedPath}"]`);
  await expect(embedded.getByTestId("embedded-deadline")).toContainText("Notice 46/2024");
  await expect(embedded.getByTestId("countdown")).toBeVisible();
  await expect(embedded.locator("body > header")).toBeHidden();
  await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator("#page").getByText("Notice 46/2024")).toHaveCount(0);
  embedder.close();
});
