import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";
import { addAccount, signIn } from "./accounts";
import { useFixedClock } from "./fixed-clock";
import { sidewaysOverflow } from "./page-width";

// An editor (or a stolen editor account) saves script payloads in every kind of text a reader
// sees; readers then open each page and feed that shows them. The DOM checks prove the text was
// escaped (no element or attribute came from a payload) whatever the Content-Security-Policy
// would have blocked; `window.__pwned` and dialogs prove nothing ran.
test.describe.configure({ mode: "serial", retries: 0 });

const editor = {
  name: "Ivy Injector",
  email: "script-injection@parley.test",
  password: "script injection passphrase 5",
  role: "editor" as const,
};

const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = `<img src=x onerror="window.__pwned=1">`;
const ALERT = `<img src=x onerror="alert('pwned')">`;
const SVG = `"><svg onload=window.__pwned=1>`;
const JS_LINK = "[x](javascript:window.__pwned=1)";

// An editor's text may hold a word longer than a phone is wide: a pasted address, say.
const LONG_ADDRESS =
  "https://example.org/documents/2026/11/20/2026-20931/a-very-long-unbroken-document-address-pasted-as-it-came";

const source = {
  url: `https://example.org/xss?q=${SVG}`,
  publisher: `Xss Wire ${IMG}`,
  title: `Xss source ${SCRIPT} ${SVG}`,
};
const participant = {
  slug: "xss-person",
  name: `Xss Person ${IMG}`,
  office: `Office ${SVG}`,
  note: `Note ${SCRIPT} ${JS_LINK}`,
};
const round = {
  slug: "xss-round-2026-11",
  title: `Xss round ${SCRIPT}`,
  venue: `Hall ${SVG}`,
  outcome: `Agreed ${ALERT} ${JS_LINK}`,
  summary: `Summary ${IMG}`,
};
const update = {
  slug: "xss-update-2026-11",
  title: `Xss update ${SVG}`,
  body: [
    `Plain ${SCRIPT} text.`,
    `Images ${IMG} and ${ALERT} and ![y](javascript:window.__pwned=1).`,
    `Links ${JS_LINK}, [z](JaVaScRiPt:window.__pwned=1), [w](javas&#99;ript:window.__pwned=1), <javascript:window.__pwned=1> and [d](data:text/html,${encodeURIComponent(SCRIPT)}).`,
    `Breakout ${SVG}`,
    "[A real link](https://example.org/real)",
    `Pasted ${LONG_ADDRESS} as it came.`,
  ].join("\n\n"),
};

test.beforeAll(() => addAccount(editor));

test.beforeEach(async ({ page }) => {
  await useFixedClock(page);
});

test("an editor saves script payloads in a source, a participant, a round and an update (a javascript: source address is refused)", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, editor);

  await page.goto("/edit/sources/new");
  await page.getByRole("textbox", { name: "Web address", exact: true }).fill("javascript:window.__pwned=1");
  await page.getByRole("textbox", { name: "Publisher", exact: true }).fill(source.publisher);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(source.title);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByTestId("error-url")).toContainText("http:// or https://");
  await page.getByRole("textbox", { name: "Web address", exact: true }).fill(source.url);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.waitForURL(/\/edit\/sources\/\d+\?saved/);
  const sourceLabel = `${source.publisher}: ${source.title}`;

  await page.goto("/edit/participants/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(participant.name);
  await page.getByRole("textbox", { name: "Address name", exact: true }).fill(participant.slug);
  await page.getByRole("textbox", { name: "Office", exact: true }).fill(participant.office);
  await page.getByRole("combobox", { name: "Side", exact: true }).selectOption("OTHER");
  await page.getByRole("textbox", { name: "Note", exact: true }).fill(participant.note);
  await page.getByRole("checkbox", { name: sourceLabel }).check();
  await page.getByRole("button", { name: "Add participant" }).click();
  await page.waitForURL(/\/edit\/participants\/\d+\?saved/);

  await page.goto("/edit/rounds/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(round.title);
  await page.getByRole("textbox", { name: "Address name", exact: true }).fill(round.slug);
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("NEGOTIATION_ROUND");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("CONCLUDED");
  await page.getByRole("textbox", { name: "Start date", exact: true }).fill("2026-11-14");
  await page.getByRole("textbox", { name: "End date", exact: true }).fill("2026-11-15");
  await page.getByRole("combobox", { name: "Time zone", exact: true }).fill("Asia/Singapore");
  await page.getByRole("textbox", { name: "Venue", exact: true }).fill(round.venue);
  await page.getByRole("textbox", { name: "Summary", exact: true }).fill(round.summary);
  await page.getByRole("textbox", { name: "Outcome", exact: true }).fill(round.outcome);
  await page.getByRole("combobox", { name: participant.name, exact: true }).selectOption("LEAD");
  await page.getByRole("group", { name: "Issues discussed" }).getByLabel("Chip probes").check();
  await page.getByRole("checkbox", { name: sourceLabel }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/\/edit\/rounds\/\d+\?saved=1/);

  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(update.title);
  await page.getByRole("textbox", { name: "Address name", exact: true }).fill(update.slug);
  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("STATEMENT");
  await page.getByRole("combobox", { name: "Round (if any)", exact: true }).selectOption({ label: round.title });
  // After the day the other specs date their updates (today), so it stays among the home page's latest.
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2026-11-30");
  await page.getByRole("combobox", { name: "Time zone of that date" }).fill("Asia/Singapore");
  await page.getByRole("textbox", { name: "Text", exact: true }).fill(update.body);
  await page.getByRole("group", { name: "Issues" }).getByLabel("Chip probes").check();
  await page.getByRole("checkbox", { name: sourceLabel }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/\/edit\/updates\/\d+\?saved=1/);
});

/** What a payload would have left in the page had it not been escaped: elements, handlers, script URLs. */
function injectedInto(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) found.push(`${element.tagName} ${name}="${value}"`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|data):/i.test(value))
          found.push(`${element.tagName} ${name}="${value}"`);
      }
    }
    for (const script of document.scripts)
      if (script.textContent?.trim() === "window.__pwned=1") found.push("a payload <script>");
    for (const element of document.querySelectorAll('img[src="x"], svg[onload]')) found.push(element.outerHTML);
    return { found, pwned: (window as { __pwned?: unknown }).__pwned };
  });
}

const READER_PAGES: { path: string; shows: string[] }[] = [
  { path: "/", shows: [round.title, update.title] },
  { path: "/timeline", shows: [round.title, update.title, `Plain ${SCRIPT} text.`] },
  { path: "/timeline?issue=chip-probes", shows: [update.title, `Breakout ${SVG}`] },
  { path: `/rounds/${round.slug}`, shows: [round.title, round.venue, round.outcome, participant.name, source.title] },
  { path: "/issues/chip-probes", shows: [round.title, update.title] },
  {
    path: `/participants/${participant.slug}`,
    shows: [participant.name, participant.office, participant.note, round.title],
  },
  { path: "/search?q=Xss", shows: [round.title, update.title, participant.name] },
];

for (const { path, shows } of READER_PAGES) {
  test(`a reader opening ${path} sees the payloads as text, and none runs`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(path);
    for (const text of shows) await expect(page.getByText(text, { exact: false }).first(), text).toBeVisible();
    expect(await injectedInto(page)).toEqual({ found: [], pwned: undefined });
    expect(dialogs).toEqual([]);
  });
}

test("on a phone, a word longer than the screen is wide wraps instead of widening the page", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/timeline", "/timeline?issue=chip-probes", `/rounds/${round.slug}`]) {
    await page.goto(path);
    await expect(page.getByText(LONG_ADDRESS).first(), path).toBeVisible();
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test("the Atom feeds carry the payloads escaped: as a feed reader parses them, the entry's HTML has no script, handler or script URL", async ({
  page,
  request,
}) => {
  for (const path of ["/feed.xml", "/issues/chip-probes/feed.xml"]) {
    const xml = await (await request.get(path)).text();
    expect(
      parseFeed(xml).items.map((item) => item.title),
      path,
    ).toContain(update.title);
    // The XML parsed as a feed reader does (the entry's HTML is the text of <content type="html">,
    // and its title, `type="html"` too, is escaped HTML), then that HTML parsed as a page would be,
    // without running anything.
    const entry = await page.evaluate(
      ({ xml, title }) => {
        const feed = new DOMParser().parseFromString(xml, "application/xml");
        if (feed.querySelector("parsererror")) return null;
        const asHtml = (element: Element | undefined) =>
          new DOMParser().parseFromString(element?.textContent ?? "", "text/html");
        const found = [...feed.getElementsByTagName("entry")].find(
          (e) => asHtml(e.getElementsByTagName("title")[0]).body.textContent === title,
        );
        const content = found?.getElementsByTagName("content")[0];
        if (!found || !content) return null;
        const titleElement = found.getElementsByTagName("title")[0];
        const doc = new DOMParser().parseFromString(content.textContent ?? "", "text/html");
        return {
          titleType: titleElement?.getAttribute("type"),
          titleElements: asHtml(titleElement).body.querySelectorAll("*").length,
          type: content.getAttribute("type"),
          elements: doc.querySelectorAll("script, svg, img, iframe, object, embed").length,
          attributes: [...doc.querySelectorAll("*")].flatMap((el) =>
            [...el.attributes].map((a) => `${el.tagName} ${a.name}="${a.value}"`),
          ),
          links: [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href")),
          text: doc.body.textContent ?? "",
        };
      },
      { xml, title: update.title },
    );
    expect(entry, `${path} has the update`).not.toBeNull();
    expect(entry!.titleType).toBe("html");
    expect(entry!.titleElements, path).toBe(0);
    expect(entry!.type).toBe("html");
    expect(entry!.elements, path).toBe(0);
    expect(
      entry!.attributes.filter((a) => /^\S+ on/i.test(a) || /="\s*(javascript|data):/i.test(a)),
      path,
    ).toEqual([]);
    expect(entry!.links).toContain("https://example.org/real");
    expect(entry!.links).toContain(source.url);
    for (const text of [`Plain ${SCRIPT} text.`, `Breakout ${SVG}`, round.title, source.title, source.publisher])
      expect(entry!.text, path).toContain(text);
  }
});
