import { execFileSync, type ChildProcess } from "node:child_process";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/browser";
import { ROOT } from "./next-servers";

const EDITOR = { email: "bench-editor@parley.test", password: "bench editor passphrase 2026", name: "Bench Editor" };
const ZONE = "America/New_York";

export interface WritePathResult {
  /** From pressing Publish to the saved update's page (the server action and its redirect), per save. */
  saveMs: number[];
  /** The action's own time on the server, as it logs it (validation, the transaction, the audit row, purging caches). */
  actionMs: number[];
  /** From the end of that response until each origin's /timeline shows the new update. */
  visibleMs: Record<string, number[]>;
}

function addEditor(databaseUrl: string) {
  execFileSync(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "scripts/user-add.ts",
      "--email",
      EDITOR.email,
      "--role",
      "editor",
      "--name",
      EDITOR.name,
    ],
    {
      cwd: ROOT,
      input: `${EDITOR.password}\n`,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["pipe", "ignore", "inherit"],
    },
  );
}

/** The date publishUpdate gives an update: today where it is published. */
export const publishedOn = () => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());

/**
 * Publishes an update through the editors' form; the time from pressing Publish to the saved page.
 * `beforePublish` runs once the form is filled, just before Publish is pressed.
 */
export async function publishUpdate(page: Page, title: string, beforePublish?: () => Promise<void>): Promise<number> {
  await page.goto("/edit/updates/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByRole("textbox", { name: "Date", exact: true }).fill(publishedOn());
  await page.getByLabel("Time zone of that date").fill(ZONE);
  await page.getByLabel("Text").fill("Posted by the benchmark to time the write path: **not news**.");
  await page.getByRole("group", { name: "Issues" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Known sources" }).getByRole("checkbox").first().check();
  await beforePublish?.();
  const started = performance.now();
  await page.getByRole("button", { name: "Publish" }).click();
  // Waiting for the action's response to finish can hang (it may end as net::ERR_ABORTED): wait for
  // the page the save leads to instead.
  await page.waitForURL(/\/edit\/updates\/\d+\?saved=1/);
  return performance.now() - started;
}

async function msUntilShown(url: string, text: string, since: number, timeoutMs = 15_000): Promise<number> {
  for (;;) {
    const html = await (await fetch(url)).text();
    if (html.includes(text)) return performance.now() - since;
    if (performance.now() - since > timeoutMs)
      throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Collects, as they arrive, the durations a server logs for one editor action's saves (lib/log.ts JSON lines). */
function loggedSaveDurations(server: ChildProcess, action: string): number[] {
  const durations: number[] = [];
  let partial = "";
  server.stdout?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines.filter((l) => l.startsWith("{"))) {
      const entry = JSON.parse(line) as { action?: string; outcome?: string; durationMs?: number };
      if (entry.action === action && entry.outcome === "saved" && entry.durationMs !== undefined)
        durations.push(entry.durationMs);
    }
  });
  return durations;
}

/**
 * An editor (a real account, signed in through the sign-in form) publishes updates in Chromium;
 * each save is timed, and so is the wait until the public timeline, on each origin, shows it.
 */
export async function measureWritePath({
  origin,
  server,
  databaseUrl,
  readerOrigins,
  saves = 7,
  newEditor = true,
}: {
  origin: string;
  /** The process serving `origin`, whose log gives the action's own time. */
  server: ChildProcess;
  databaseUrl: string;
  readerOrigins: Record<string, string>;
  saves?: number;
  /** False when an earlier measurement on the same database added the editor already. */
  newEditor?: boolean;
}): Promise<WritePathResult> {
  if (newEditor) addEditor(databaseUrl);
  const actionMs = loggedSaveDurations(server, "saveUpdate");
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ baseURL: origin });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/edit/);

    const result: WritePathResult = {
      saveMs: [],
      actionMs,
      visibleMs: Object.fromEntries(Object.keys(readerOrigins).map((name) => [name, []])),
    };
    for (let n = 1; n <= saves; n++) {
      const title = `Benchmark update ${Date.now()}-${n}`;
      result.saveMs.push(await publishUpdate(page, title));
      const savedAt = performance.now();
      const shown = await Promise.all(
        Object.values(readerOrigins).map((reader) => msUntilShown(`${reader}/timeline`, title, savedAt)),
      );
      Object.keys(readerOrigins).forEach((name, i) => result.visibleMs[name]!.push(shown[i]!));
    }
    return result;
  } finally {
    await browser.close();
  }
}
