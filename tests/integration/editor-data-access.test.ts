import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setRequestHeaders } from "../support/next-headers";
import { asDisabledEditor } from "./helpers/disabled-editor";
import { accounts, actAs, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";

// Every read of editors' data checks the session of the request itself, whoever calls it: these
// call each exported read of lib/queries/editor*.ts directly, with no page or layout around it.
// A read added to those modules later is found and tested here without touching this file.

type Read = (...args: unknown[]) => Promise<unknown>;

/** Reads only admins may make; every other export is for editors. */
const ADMIN_ONLY = ["accountsForAdmin", "auditEventForRestore"];

let db: FreshDatabase;
const reads = new Map<string, Read>();

async function editorReads(): Promise<Map<string, Read>> {
  const dir = path.resolve(import.meta.dirname, "../../lib/queries");
  const found = new Map<string, Read>();
  for (const file of readdirSync(dir).filter((f) => /^editor.*\.ts$/.test(f) && f !== "editor-query.ts")) {
    const exported = (await import(/* @vite-ignore */ `../../lib/queries/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported))
      if (typeof value === "function") found.set(name, value as Read);
  }
  return found;
}

/** Arguments each read takes; the ids exist in the seed. */
const ARGUMENTS: Record<string, unknown[]> = {
  attentionItems: [Date.now()],
  sourcesForEditing: [{ query: "", page: 1 }],
  auditTrail: ["round", 1],
  changesSinceVersion: ["round", 1, 0],
  recordVersion: ["round", 1],
};

/** How the read ended: with its data, or with the refusal Next turns into a response. */
async function outcome(name: string): Promise<"read" | "sent to sign in" | "not found"> {
  try {
    await reads.get(name)!(...(ARGUMENTS[name] ?? [1]));
    return "read";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/sign-in")) return "sent to sign in";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not found";
    throw error;
  }
}

beforeAll(async () => {
  db = await seededAppDatabase();
  for (const [name, read] of await editorReads()) reads.set(name, read);
});

afterAll(async () => {
  await db.cleanup();
});

describe("reads of editors' data", () => {
  it("are all found: the editors' lists, records, form choices, audit, accounts", () => {
    expect(reads.size).toBeGreaterThan(15);
    for (const name of [
      ...ADMIN_ONLY,
      "updatesForEditing",
      "updateForEditing",
      "auditTrail",
      "roundExpectationsForEditing",
      "recordVersion",
    ])
      expect(reads.has(name), name).toBe(true);
  });

  it("send a visitor with no session to sign in, and read nothing", async () => {
    await actAs(null);
    for (const name of reads.keys()) expect(await outcome(name), name).toBe("sent to sign in");
  });

  it("send a forged or unknown session cookie to sign in", async () => {
    setRequestHeaders({
      origin: "http://localhost:3000",
      host: "localhost:3000",
      cookie: "better-auth.session_token=forged.c2lnbmF0dXJl",
    });
    for (const name of reads.keys()) expect(await outcome(name), name).toBe("sent to sign in");
  });

  it("send a disabled editor, whose cookie is still sent, to sign in", async () => {
    await asDisabledEditor(db, async () => {
      for (const name of reads.keys()) expect(await outcome(name), name).toBe("sent to sign in");
    });
  });

  it("let an editor read what editors may, and answer an editor's reads of accounts with a 404", async () => {
    await actAs(accounts.editor);
    for (const name of reads.keys())
      expect(await outcome(name), name).toBe(ADMIN_ONLY.includes(name) ? "not found" : "read");
  });

  it("let an admin read everything", async () => {
    await actAs(accounts.admin);
    for (const name of reads.keys()) expect(await outcome(name), name).toBe("read");
  });

  it("give an editor the record asked for, with its whole text", async () => {
    await actAs(accounts.editor);
    const { updateForEditing } = await import("@/lib/queries/editor");
    const draft = await db.prisma.update.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect((await updateForEditing(draft.id))?.body).toBe(draft.body);
  });
});
