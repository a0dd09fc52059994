import { describe, expect, it } from "vitest";
import {
  chainPrecedents,
  describeChain,
  describeKindRecord,
  describeTally,
  kindRecord,
  kindRecords,
  tallyExpectations,
  type DeadlineKind,
  type PrecedentLink,
} from "../../lib/domain/precedent";

const NOW = Date.parse("2026-11-21T12:00:00Z");
let nextId = 1;

/** A hand-made chain: each date extends the one before it; the statuses are the links' own. */
function chain(kind: DeadlineKind, timeZone: string, links: [string, PrecedentLink["status"]][]): PrecedentLink[] {
  const rootId = nextId;
  return links.map(([day, status], i) => {
    const id = nextId++;
    return {
      id,
      slug: `${kind.toLowerCase()}-${rootId}-${day}`,
      title: `${kind} ${rootId}`,
      kind,
      timeZone,
      dueAt: new Date(`${day}T05:00:00Z`),
      status,
      supersedesId: i === 0 ? null : id - 1,
      chainRootId: rootId,
    };
  });
}

const tiktok = chain("DIVEST_OR_BAN", "America/New_York", [
  ["2025-01-19", "EXTENDED"],
  ["2025-04-05", "EXTENDED"],
  ["2025-06-19", "EXTENDED"],
  ["2025-09-17", "EXTENDED"],
  ["2025-12-16", "EXTENDED"],
  ["2026-01-23", "MET"],
]);
// Extended twice, then made moot before its date.
const truce = chain("SUSPENSION_EXPIRY", "America/New_York", [
  ["2025-08-12", "EXTENDED"],
  ["2025-11-10", "EXTENDED"],
  ["2026-11-10", "MOOT"],
]);
// Extended once; its latest date has passed with nothing recorded.
const passed = chain("SUSPENSION_EXPIRY", "Asia/Shanghai", [
  ["2025-11-29", "EXTENDED"],
  ["2026-11-10", "UPCOMING"],
]);
// Still open: due after NOW.
const open = chain("SUSPENSION_EXPIRY", "Asia/Shanghai", [["2026-11-27", "UPCOMING"]]);
const links = [...tiktok, ...truce, ...passed, ...open];

describe("chain precedents", () => {
  const chains = chainPrecedents(links, NOW);
  const of = (rootLinks: PrecedentLink[]) => chains.find((c) => c.slug === rootLinks.at(-1)!.slug)!;

  it("count each chain's extensions, by how many calendar days each moved the date, and how it ended", () => {
    expect(chains).toHaveLength(4);
    expect(of(tiktok).extensions.map((e) => e.days)).toEqual([76, 75, 90, 90, 38]);
    expect(of(tiktok).state).toBe("met");
    expect(describeChain(of(tiktok))).toBe("Extended 5 times (by 76, 75, 90, 90 and 38 days), then met.");
    expect(describeChain(of(truce))).toBe("Extended twice (by 90 and 365 days), then moot.");
    expect(describeChain(of(passed))).toBe("Extended once (by 346 days), then passed with no outcome recorded.");
  });

  it("leave a chain that is still open open", () => {
    expect(of(open)).toMatchObject({ extensions: [], state: "upcoming" });
    expect(describeChain(of(open))).toBe("Never extended; still open.");
  });

  it("are found from any order of the links", () => {
    expect(
      chainPrecedents([...links].reverse(), NOW)
        .map((c) => c.slug)
        .sort(),
    ).toEqual(chains.map((c) => c.slug).sort());
  });
});

describe("a kind's record", () => {
  it("counts every link of the kind whose date has come: extensions, moot, and passed with no outcome", () => {
    const record = kindRecord(links, "SUSPENSION_EXPIRY", NOW);
    // truce: 2 extended + 1 moot; passed: 1 extended + 1 passed; open: not yet due.
    expect(record).toEqual({
      kind: "SUSPENSION_EXPIRY",
      total: 5,
      counts: { extended: 3, met: 0, lapsed: 0, moot: 1, passed: 1 },
    });
    expect(describeKindRecord(record)).toBe(
      "Of the 5 truce and suspension expiries so far: 3 extended, 1 moot, 1 passed with no outcome recorded.",
    );
  });

  it("compares a deadline only with those due before it", () => {
    const beforeOpen = kindRecord(links, "SUSPENSION_EXPIRY", NOW, open[0]!.dueAt.getTime());
    expect(beforeOpen.total).toBe(5);
    const beforeFirstTruce = kindRecord(links, "SUSPENSION_EXPIRY", NOW, truce[0]!.dueAt.getTime());
    expect(beforeFirstTruce.total).toBe(0);
    expect(describeKindRecord(beforeFirstTruce, { earlier: true })).toBe(
      "No earlier truce or suspension expiry has come and gone yet.",
    );
    const beforeMoot = kindRecord(links, "SUSPENSION_EXPIRY", NOW, truce[2]!.dueAt.getTime());
    expect(describeKindRecord(beforeMoot, { earlier: true })).toBe(
      "Of the 3 earlier truce and suspension expiries: 3 extended.",
    );
  });

  it("is listed for each kind that has one, and changes when a link's outcome is recorded", () => {
    expect(kindRecords(links, NOW).map((r) => [r.kind, r.total])).toEqual([
      ["SUSPENSION_EXPIRY", 5],
      ["DIVEST_OR_BAN", 6],
    ]);
    const extendedAgain = links.map((l) => (l === passed[1] ? { ...l, status: "EXTENDED" as const } : l));
    expect(kindRecord(extendedAgain, "SUSPENSION_EXPIRY", NOW).counts).toMatchObject({ extended: 4, passed: 0 });
  });

  it("leaves out deadlines never classified", () => {
    const unclassified = links.map((l) => ({ ...l, kind: null }));
    expect(kindRecords(unclassified, NOW)).toEqual([]);
  });
});

describe("expectations", () => {
  it("are tallied met, partly met, not met and pending, and described", () => {
    const tally = tallyExpectations(["MET", "PARTLY_MET", "PARTLY_MET", "NOT_MET", "PENDING"]);
    expect(tally).toEqual({ met: 1, partlyMet: 2, notMet: 1, pending: 1, assessed: 4 });
    expect(describeTally(tally)).toBe("Of 4 assessed: 1 met, 2 partly met, 1 not met (1 still pending).");
    expect(describeTally(tallyExpectations(["PENDING"]))).toBe("1 pending; none assessed yet.");
    expect(describeTally(tallyExpectations([]))).toBe("No expectations recorded.");
  });
});
