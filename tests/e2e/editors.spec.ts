import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { expect, test, type Request } from "@playwright/test";
import { E2E_DATABASE_URL, signIn } from "./accounts";
import { countRows } from "./database-rows";
import { useFixedClock } from "./fixed-clock";

// One story, in order: the first admin, an editor, a round, a deadline extension.
// No retries: a retry would replay the story from the set-up page, which is gone once an admin exists.
test.describe.configure({ mode: "serial", retries: 0 });

const admin = {
  name: "Ada Admin",
  email: "ada@parley.test",
  password: "correct horse battery staple",
  role: "admin" as const,
};
const editor = {
  name: "Ed Editor",
  email: "ed@parley.test",
  password: "a long editor passphrase 42",
  role: "editor" as const,
};

/** Rows of `table` matching `where`: scoped to this story's own records, as other specs write in parallel. */
const count = (table: string, where: string, ...params: unknown[]) =>
  countRows(E2E_DATABASE_URL, table, where, ...params);

test.beforeEach(async ({ page }) => {
  await useFixedClock(page);
});

test("the first admin sets Parley up, and the set-up page then disappears", async ({ page }) => {
  await page.goto("/setup");
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: /create admin/i }).click();
  await page.waitForURL(/\/edit/);
  await expect(page.getByRole("heading", { name: /editors.* desk/i })).toBeVisible();
  expect((await page.request.get("/setup")).status()).toBe(404);
});

test("an admin adds an editor, who can then sign in", async ({ page }) => {
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Users" }).click();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name").fill(editor.name);
  await form.getByLabel("Email").fill(editor.email);
  await form.getByLabel("Initial password").fill(editor.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("users")).toContainText(editor.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, editor);
  await expect(page.getByRole("navigation", { name: "Editors" }).getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("a validation error shows next to its field and keeps what was typed", async ({ page }) => {
  await signIn(page, editor);
  await page.goto("/edit/rounds/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Talks that end before they start");
  await page.getByLabel("Summary").fill("A summary worth keeping.");
  await page.getByLabel("Start date").fill("2026-12-02");
  await page.getByLabel("End date").fill("2026-12-01");
  await page.getByLabel("Time zone").fill("Europe/Geneva-ish");
  await page.getByLabel("Kind").selectOption("LEADERS_MEETING");
  await page.getByRole("group", { name: "Issues discussed" }).getByLabel("Tariffs").check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Nothing was saved");
  await expect(page.getByTestId("error-timeZone")).toContainText("Not a known time zone");
  await expect(page.getByTestId("error-sourceIds")).toContainText("needs a source");
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(
    "Talks that end before they start",
  );
  await expect(page.getByLabel("Summary")).toHaveValue("A summary worth keeping.");
  await expect(page.getByLabel("Time zone")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Kind")).toHaveValue("LEADERS_MEETING");
  await expect(page.getByRole("group", { name: "Issues discussed" }).getByLabel("Tariffs")).toBeChecked();
  expect(await count("Round", "title = ?", "Talks that end before they start")).toBe(0);
});

let saveRequest: { url: string; headers: Record<string, string>; body: Buffer } | undefined;

test("an editor logs a new round with two participants and an issue, and readers see it", async ({ page }) => {
  await signIn(page, editor);
  await page.goto("/edit/rounds/new");
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && request.headers()["next-action"] && !saveRequest) {
      saveRequest = {
        url: request.url(),
        headers: request.headers(),
        body: request.postDataBuffer() ?? Buffer.alloc(0),
      };
    }
  });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Geneva follow-up talks");
  await page.getByLabel("Kind").selectOption("NEGOTIATION_ROUND");
  await page.getByLabel("Status").selectOption("SCHEDULED");
  await page.getByLabel("Start date").fill("2026-12-08");
  await page.getByLabel("End date").fill("2026-12-09");
  await page.getByLabel("Time zone").fill("Europe/Zurich");
  await page.getByLabel("City").fill("Geneva");
  await page.getByLabel("Country").fill("Switzerland");
  await page.getByLabel("Summary").fill("Bessent and He Lifeng meet again in Geneva.");
  await page.getByLabel("Scott Bessent").selectOption("LEAD");
  await page.getByLabel("He Lifeng").selectOption("LEAD");
  await page.getByRole("group", { name: "Issues discussed" }).getByLabel("Tariffs").check();
  await page.getByLabel("New source: web address").fill("https://example.org/geneva-follow-up");
  await page.getByLabel("New source: publisher").fill("Example Wire");
  await page.getByLabel("New source: title").fill("US and China to meet again in Geneva");
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/\/edit\/rounds\/\d+\?saved=1/);

  await page.goto("/timeline");
  await expect(
    page.getByTestId("rounds-at-a-glance").getByRole("link", { name: "Geneva follow-up talks" }),
  ).toBeVisible();
  const entry = page.getByTestId("timeline").getByRole("link", { name: "Geneva follow-up talks" });
  await expect(entry).toBeVisible();
  await entry.click();
  const delegations = page.getByTestId("delegations");
  await expect(delegations).toContainText("Scott Bessent");
  await expect(delegations).toContainText("He Lifeng");
  await expect(page.getByRole("main").getByRole("link", { name: "Tariffs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "US and China to meet again in Geneva" })).toBeVisible();
  await page.goto("/");
  // The seed schedules the G20 summit for 14 December; these talks on 8 December come first.
  const comingUp = page.locator(".card", { has: page.getByText("Coming up", { exact: true }) });
  await expect(comingUp.getByRole("link", { name: "Geneva follow-up talks" })).toBeVisible();
});

test("the same server-action request replayed without the session cookie is refused and writes nothing", async ({
  playwright,
}) => {
  expect(saveRequest, "the round save was captured").toBeDefined();
  const anonymous = await playwright.request.newContext();
  const written = async () => ({
    rounds: await count("Round", "title = ?", "Geneva follow-up talks"),
    sources: await count("Source", "url = ?", "https://example.org/geneva-follow-up"),
    audit: await count(
      "AuditEvent",
      `"entityType" = 'round' AND "entityId" IN (SELECT id FROM "Round" WHERE title = ?)`,
      "Geneva follow-up talks",
    ),
  });
  const before = await written();
  expect(before.rounds).toBe(1);
  const { cookie: _cookie, ...headers } = saveRequest!.headers;
  const response = await anonymous.post(saveRequest!.url, { headers, data: saveRequest!.body });
  expect(await response.text()).toContain("You are not signed in");
  expect(await written()).toEqual(before);
  await anonymous.dispose();
});

// The reader specs feature the Notice 46 deadline; this story extends another, so they can run side by side.
test("an editor extends a deadline and the reader's countdown moves to the new date", async ({ page }) => {
  await page.goto("/deadlines/soybeans-25-mmt-2026-12-31");
  const countdown = page.getByTestId("countdown").first();
  // 21 Nov 2026 12:00 UTC to 31 Dec 2026 00:00 Washington time (05:00 UTC): 39 days, 17 hours.
  await expect(countdown.locator('[data-unit="days"]')).toHaveText("39");

  await signIn(page, editor);
  await page.goto("/edit/deadlines");
  await page.getByRole("link", { name: /25 MMT/ }).click();
  const form = page.getByRole("form", { name: "Extend the deadline" });
  await form.getByLabel("New due date").fill("2027-03-31");
  await form.getByLabel("Set by").fill("Joint statement (test)");
  await form.getByLabel("Date it was set").fill("2026-11-20");
  await form.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Extend" }).click();
  await page.waitForURL(/saved=extended/);

  await page.goto("/");
  const featured = page.getByTestId("featured-deadlines");
  await expect(featured.getByRole("link", { name: /25 MMT/ })).toHaveCount(0);
  await page.goto("/deadlines/soybeans-25-mmt-2026-12-31");
  await expect(page.getByTestId("deadline-chain").getByTestId("chain-link")).toHaveCount(2);
  await expect(page.getByTestId("deadline-outcome").first()).toContainText("Extended to 31 March 2027");
  await page
    .getByTestId("deadline-chain")
    .getByRole("link", { name: /31 March 2027/ })
    .click();
  // To 31 Mar 2027 00:00 Washington time (04:00 UTC, summer time by then): 129 days and (the browser's clock
  // having run on a little since the test began) 15 or 16 hours.
  await expect(page.getByTestId("countdown").first().locator('[data-unit="days"]')).toHaveText("129");
  await expect(page.getByTestId("countdown").first().locator('[data-unit="hours"]')).toHaveText(/^1[56]$/);
});

test("subscribers see the extension and a newly published update: calendar, API and feeds", async ({
  page,
  request,
}) => {
  // The deadline extended above is still one calendar event, moved to the new date.
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get("/calendar.ics")).text()));
  const event = calendar
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v))
    .filter((e) => e.summary.includes("25 MMT"));
  expect(event).toHaveLength(1);
  expect(event[0]!.sequence).toBe(1);
  expect(event[0]!.startDate.toString()).toBe("2027-03-31");
  const deadline = await (await request.get("/api/v1/deadlines/soybeans-25-mmt-2026-12-31")).json();
  expect(deadline.data.chain.extensions).toBe(1);
  expect(deadline.data.superseded_by).not.toBeNull();

  const before = await request.get("/feed.xml");
  await signIn(page, editor);
  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("BIS confirms the Affiliates Rule suspension");
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill("2026-11-20");
  await page.getByRole("combobox", { name: "Time zone of that date" }).fill("America/New_York");
  await page
    .getByRole("textbox", { name: "Text", exact: true })
    .fill("The suspension runs **until 9 November 2026**, BIS says.");
  await page.getByRole("group", { name: "Issues" }).getByLabel("US export controls").check();
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.waitForURL(/\/edit\/updates\/\d+\?saved=1/);

  const after = await request.get("/feed.xml", { headers: { "If-None-Match": before.headers()["etag"]! } });
  expect(after.status()).toBe(200);
  // Found by its title, not as the first entry: other tests publish updates dated later in parallel.
  const published = parseFeed(await after.text()).items.find(
    (item) => item.title === "BIS confirms the Affiliates Rule suspension",
  );
  expect(published?.content).toContain("<strong>until 9 November 2026</strong>");
  const issueFeed = parseFeed(await (await request.get("/issues/export-controls/feed.xml")).text());
  expect(issueFeed.items.map((item) => item.title)).toContain("BIS confirms the Affiliates Rule suspension");
});
