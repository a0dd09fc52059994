import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, actAs, submit, seededAppDatabase } from "./helpers/editor-session";
import type { FreshDatabase } from "./helpers/fresh-database";
import type { ActionState, FormValues } from "@/lib/actions/action-state";
import { contentRows } from "./helpers/raw-sql";

let db: FreshDatabase;

beforeAll(async () => {
  db = await seededAppDatabase();
});

afterAll(async () => {
  await db.cleanup();
});

/** Every content row, hashed: "byte-for-byte unchanged" means this does not move. */
async function contentHash(): Promise<string> {
  return createHash("sha256")
    .update(JSON.stringify(await contentRows(db.url)))
    .digest("hex");
}

/** Values an attacker or a broken client might send in place of any form field. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ minLength: 5000, maxLength: 30_000 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "'; DROP TABLE Round; --",
    '" OR 1=1 --',
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.org/x",
    "http://",
    "0000-00-00",
    "2026-02-30",
    "9999-12-31",
    "1900-01-01",
    "24:61",
    "Mars/Olympus",
    "America/New_York\u0000",
    "NaN",
    "-1",
    "1e309",
    "99999999999999999999",
    "\u202Eevil",
    "𝕳𝖊𝖑𝖑𝖔",
    "",
    "   ",
  ),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** A form: the action's own field names (plus stray ones), each with a hostile value or a list of them. */
function hostileForm(fields: string[]) {
  return fc.dictionary(
    fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 20 })),
    fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 4 })),
    { maxKeys: fields.length + 3 },
  ) as fc.Arbitrary<FormValues>;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

async function cases(): Promise<{ name: string; action: Action; fields: string[]; as: keyof typeof accounts }[]> {
  const [rounds, updates, issues, deadlines, participants, sources, expectations, users, restore] = await Promise.all([
    import("@/lib/actions/rounds"),
    import("@/lib/actions/updates"),
    import("@/lib/actions/issues"),
    import("@/lib/actions/deadlines"),
    import("@/lib/actions/participants"),
    import("@/lib/actions/sources"),
    import("@/lib/actions/expectations"),
    import("@/lib/actions/users"),
    import("@/lib/actions/restore"),
  ]);
  const source = ["sourceIds", "sourceUrl", "sourcePublisher", "sourceTitle", "sourceDate"];
  return [
    {
      name: "saveRound",
      action: rounds.saveRound,
      as: "editor",
      fields: [
        "id",
        "version",
        "slug",
        "kind",
        "sequence",
        "title",
        "city",
        "country",
        "venue",
        "startDate",
        "startTime",
        "endDate",
        "endTime",
        "timeZone",
        "status",
        "summary",
        "outcome",
        "lengthNote",
        "issueIds",
        "role_1",
        "role_2",
        "intent",
        ...source,
      ],
    },
    {
      name: "saveUpdate",
      action: updates.saveUpdate,
      as: "editor",
      fields: [
        "id",
        "version",
        "slug",
        "kind",
        "title",
        "body",
        "occurredOn",
        "timeZone",
        "roundId",
        "issueIds",
        "intent",
        ...source,
      ],
    },
    {
      name: "changeIssueStatus",
      action: issues.changeIssueStatus,
      as: "editor",
      fields: ["issueId", "version", "toStatus", "changedOn", "timeZone", "note", "roundId", ...source],
    },
    {
      name: "extendDeadline",
      action: deadlines.extendDeadline,
      as: "editor",
      fields: ["id", "version", "dueDate", "dueTime", "timeZone", "setBy", "setOn", "note", ...source],
    },
    {
      name: "resolveDeadline",
      action: deadlines.resolveDeadline,
      as: "editor",
      fields: ["id", "version", "status", "resolutionNote", "resolvedOn", ...source],
    },
    {
      name: "saveParticipant",
      action: participants.saveParticipant,
      as: "editor",
      fields: ["id", "version", "slug", "name", "office", "side", "note", ...source],
    },
    {
      name: "saveSource",
      action: sources.saveSource,
      as: "editor",
      fields: ["id", "version", "url", "publisher", "title", "publishedOn"],
    },
    {
      name: "saveExpectation",
      action: expectations.saveExpectation,
      as: "editor",
      fields: ["id", "version", "roundId", "text", "expectedBy", ...source],
    },
    {
      name: "assessExpectation",
      action: expectations.assessExpectation,
      as: "editor",
      fields: ["id", "version", "assessment", "assessmentNote"],
    },
    { name: "addUser", action: users.addUser, as: "admin", fields: ["name", "email", "password", "role"] },
    { name: "disableUser", action: users.disableUser, as: "admin", fields: ["userId"] },
    { name: "restoreVersion", action: restore.restoreVersion, as: "admin", fields: ["eventId", "currentVersion"] },
  ];
}

describe("hostile input to every editor action", () => {
  it("gets a clear refusal, never an exception or a stack trace, and leaves the stored data byte-for-byte unchanged", async () => {
    let tried = 0;
    for (const { name, action, fields, as } of await cases()) {
      await actAs(accounts[as]);
      await fc.assert(
        fc.asyncProperty(hostileForm(fields), async (form) => {
          const before = await contentHash();
          const state = await submit(action, form);
          tried++;
          if (state.redirectedTo || state.ok) return; // a random form that happens to be valid may be saved
          expect(state.message, name).toBeTruthy();
          expect(state.message, name).not.toMatch(/\bat .+:\d+:\d+|prisma|sqlite|TypeError|undefined/i);
          expect(await contentHash(), `${name} wrote despite refusing`).toBe(before);
        }),
        { numRuns: 25, seed: 20261121 },
      );
    }
    expect(tried).toBe(12 * 25);
  }, 240_000);
});
