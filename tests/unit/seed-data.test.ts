import { describe, expect, it } from "vitest";
import { seedData, seedSources, type SeedDeadline } from "../../prisma/seed/data";
import { localReading } from "../../prisma/seed/local-time";

const { participants, issues, rounds, deadlines, tariffChanges, updates, expectations } = seedData;
const statusChanges = issues.flatMap((issue) => issue.history.map((change) => ({ ...change, issue: issue.slug })));
const TODAY = new Date("2026-11-21T12:00:00Z");

const factBearing = {
  participants,
  rounds,
  issues,
  statusChanges,
  deadlines,
  tariffChanges,
  updates,
  expectations,
} as const;

const zoned = [
  ...rounds.map((r) => ({
    what: `round ${r.slug}`,
    zone: r.timeZone,
    precision: r.timePrecision,
    instants: [r.startsAt, r.endsAt],
  })),
  ...deadlines.map((d) => ({
    what: `deadline ${d.slug}`,
    zone: d.timeZone,
    precision: d.timePrecision,
    instants: [d.dueAt],
  })),
  ...tariffChanges.map((t) => ({
    what: `tariff ${t.measure} ${t.effectiveAt.toISOString()}`,
    zone: t.timeZone,
    precision: t.timePrecision,
    instants: [t.effectiveAt],
  })),
  ...updates.map((u) => ({
    what: `update ${u.slug}`,
    zone: u.timeZone,
    precision: u.timePrecision,
    instants: [u.occurredAt],
  })),
  ...statusChanges.map((c) => ({
    what: `${c.issue} → ${c.to}`,
    zone: c.timeZone,
    precision: "DAY",
    instants: [c.changedAt],
  })),
];

const duplicates = (values: readonly unknown[]) => values.filter((value, index) => values.indexOf(value) !== index);
const slugsOf = (records: readonly { slug: string }[]) => new Set(records.map((record) => record.slug));

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function chainEndingAt(last: SeedDeadline): SeedDeadline[] {
  const bySlug = new Map(deadlines.map((d) => [d.slug, d]));
  const chain = [last];
  for (let link = last.supersedes; link; link = bySlug.get(link)?.supersedes) {
    const previous = bySlug.get(link);
    if (!previous) throw new Error(`${chain[0]!.slug} supersedes unknown ${link}`);
    if (chain.includes(previous)) throw new Error(`cycle through ${link}`);
    chain.unshift(previous);
  }
  return chain;
}

describe("sources", () => {
  it("have unique keys and unique http(s) URLs", () => {
    expect(duplicates(seedSources.map((s) => s.key))).toEqual([]);
    expect(duplicates(seedSources.map((s) => s.url))).toEqual([]);
    for (const source of seedSources) expect(new URL(source.url).protocol, source.url).toMatch(/^https?:$/);
  });

  it("have a publisher, a title and, where dated, a real calendar date", () => {
    for (const source of seedSources) {
      expect(source.publisher.trim(), source.key).not.toBe("");
      expect(source.title.trim(), source.key).not.toBe("");
      if ("publishedOn" in source) {
        expect(new Date(`${source.publishedOn}T00:00:00Z`).toISOString().slice(0, 10), source.key).toBe(
          source.publishedOn,
        );
      }
    }
  });

  it("are each cited by at least one record", () => {
    const cited = new Set(Object.values(factBearing).flatMap((records) => records.flatMap((record) => record.sources)));
    expect(seedSources.map((s) => s.key).filter((key) => !cited.has(key))).toEqual([]);
  });
});

describe("every fact-bearing record", () => {
  const keys = new Set<string>(seedSources.map((s) => s.key));

  it.each(Object.entries(factBearing))("in %s cites at least one existing source", (_, records) => {
    for (const record of records) {
      expect(record.sources.length, JSON.stringify(record).slice(0, 80)).toBeGreaterThan(0);
      for (const key of record.sources) expect(keys.has(key), key).toBe(true);
    }
  });

  it("carries a caveat when it is flagged unverified", () => {
    const flaggable = [...rounds, ...issues, ...deadlines, ...updates];
    for (const record of flaggable.filter((r) => r.unverified)) expect(record.caveat?.trim(), record.slug).toBeTruthy();
  });
});

describe("slugs and references", () => {
  it("are unique per entity", () => {
    for (const records of [participants, issues, rounds, deadlines, updates]) {
      expect(duplicates(records.map((r) => r.slug))).toEqual([]);
    }
    expect(duplicates(rounds.flatMap((r) => (r.sequence === undefined ? [] : [r.sequence])))).toEqual([]);
    expect(duplicates(tariffChanges.map((t) => `${t.direction} ${t.measure} ${t.effectiveAt.toISOString()}`))).toEqual(
      [],
    );
  });

  it("point at records that exist", () => {
    const [participantSlugs, issueSlugs, roundSlugs] = [slugsOf(participants), slugsOf(issues), slugsOf(rounds)];
    for (const round of rounds) {
      for (const p of round.participants)
        expect(participantSlugs.has(p.participant), `${round.slug}: ${p.participant}`).toBe(true);
      for (const issue of round.issues) expect(issueSlugs.has(issue), `${round.slug}: ${issue}`).toBe(true);
    }
    for (const change of statusChanges) if (change.round) expect(roundSlugs.has(change.round), change.round).toBe(true);
    for (const deadline of deadlines)
      if (deadline.issue) expect(issueSlugs.has(deadline.issue), deadline.slug).toBe(true);
    for (const update of updates) {
      if (update.round) expect(roundSlugs.has(update.round), update.slug).toBe(true);
      for (const issue of update.issues) expect(issueSlugs.has(issue), `${update.slug}: ${issue}`).toBe(true);
    }
    for (const expectation of expectations) expect(roundSlugs.has(expectation.round), expectation.round).toBe(true);
  });
});

describe("rounds", () => {
  it("end after they start", () => {
    for (const round of rounds) expect(round.endsAt.getTime(), round.slug).toBeGreaterThan(round.startsAt.getTime());
  });

  it("have one lead on each side, except a scheduled round whose leads no source names yet", () => {
    const sideOf = new Map(participants.map((p) => [p.slug, p.side]));
    for (const round of rounds) {
      const leadSides = round.participants.filter((p) => p.role === "LEAD").map((p) => sideOf.get(p.participant));
      if (round.status === "SCHEDULED") expect(duplicates(leadSides), round.slug).toEqual([]);
      else expect(leadSides.sort(), round.slug).toEqual(["CHINA", "UNITED_STATES"]);
    }
  });

  it("number the formal negotiation rounds 1, 2, 3… in date order, and only those", () => {
    const formal = rounds
      .filter((r) => r.kind === "NEGOTIATION_ROUND")
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    expect(formal.map((r) => r.sequence)).toEqual(formal.map((_, index) => index + 1));
    expect(rounds.filter((r) => r.kind !== "NEGOTIATION_ROUND" && r.sequence !== undefined)).toEqual([]);
  });

  it("link each issue their sources say was discussed: Madrid's five", () => {
    const madrid = rounds.find((r) => r.slug === "madrid-2025-09")!;
    expect([...madrid.issues].sort()).toEqual(["agriculture", "export-controls", "rare-earths", "tariffs", "tiktok"]);
  });

  it("store a day-precision round as local midnights of its first day and of the day after its last", () => {
    const geneva = rounds.find((r) => r.slug === "geneva-2025-05")!;
    expect(geneva.startsAt.toISOString()).toBe("2025-05-09T22:00:00.000Z");
    expect(geneva.endsAt.toISOString()).toBe("2025-05-11T22:00:00.000Z");
  });
});

describe("time zones and instants", () => {
  it("use valid IANA zones", () => {
    for (const { what, zone } of zoned) expect(isValidTimeZone(zone), `${what}: ${zone}`).toBe(true);
  });

  it("put day-precision instants at local midnight", () => {
    for (const { what, zone, precision, instants } of zoned) {
      if (precision !== "DAY") continue;
      for (const instant of instants) expect(localReading(instant, zone).slice(11), what).toBe("00:00");
    }
  });

  it("convert known local times to the right UTC instants", () => {
    const due = (slug: string) => deadlines.find((d) => d.slug === slug)!.dueAt.toISOString();
    expect(due("china-reciprocal-suspension-2026-11-10")).toBe("2026-11-10T05:01:00.000Z");
    expect(due("us-reciprocal-suspension-2025-08-12")).toBe("2025-08-12T04:01:00.000Z");
    expect(due("us-reciprocal-suspension-2025-11-10")).toBe("2025-11-10T05:01:00.000Z");
  });
});

describe("issue status history", () => {
  it.each(issues.map((issue) => [issue.slug, issue] as const))(
    "%s: status is the last entry and each entry continues the last",
    (_, issue) => {
      expect(issue.history.length).toBeGreaterThan(0);
      expect(issue.status).toBe(issue.history.at(-1)!.to);
      issue.history.forEach((change, index) => {
        const previous = issue.history[index - 1];
        expect(change.from).toBe(previous ? previous.to : null);
        if (previous) expect(change.changedAt.getTime()).toBeGreaterThan(previous.changedAt.getTime());
      });
    },
  );
});

describe("deadlines", () => {
  const supersededSlugs = deadlines.flatMap((d) => (d.supersedes ? [d.supersedes] : []));
  const chainEnds = deadlines.filter((d) => !supersededSlugs.includes(d.slug));

  it("are superseded at most once, and only when EXTENDED, by a later deadline of the same issue", () => {
    expect(duplicates(supersededSlugs)).toEqual([]);
    for (const successor of deadlines.filter((d) => d.supersedes)) {
      const extended = deadlines.find((d) => d.slug === successor.supersedes)!;
      expect(extended.status, extended.slug).toBe("EXTENDED");
      expect(successor.dueAt.getTime(), successor.slug).toBeGreaterThan(extended.dueAt.getTime());
      expect(successor.issue, successor.slug).toBe(extended.issue);
    }
    for (const deadline of deadlines.filter((d) => d.status === "EXTENDED")) {
      expect(supersededSlugs, deadline.slug).toContain(deadline.slug);
    }
  });

  it("form acyclic chains, each with one root, that cover every deadline once", () => {
    const chains = chainEnds.map(chainEndingAt);
    expect(
      chains
        .flat()
        .map((d) => d.slug)
        .sort(),
    ).toEqual(deadlines.map((d) => d.slug).sort());
    for (const chain of chains) expect(chain.filter((d) => !d.supersedes)).toHaveLength(1);
  });

  it("list each deadline after the one it supersedes, as the seeder needs", () => {
    deadlines.forEach((deadline, index) => {
      if (deadline.supersedes)
        expect(
          deadlines.findIndex((d) => d.slug === deadline.supersedes),
          deadline.slug,
        ).toBeLessThan(index);
    });
  });

  it("follow the TikTok deadline through its six dates to the joint venture", () => {
    const tiktok = chainEndingAt(deadlines.find((d) => d.slug === "tiktok-divestiture-2026-01-23")!);
    expect(tiktok.map((d) => localReading(d.dueAt, d.timeZone).slice(0, 10))).toEqual([
      "2025-01-19",
      "2025-04-05",
      "2025-06-19",
      "2025-09-17",
      "2025-12-16",
      "2026-01-23",
    ]);
    expect(tiktok.at(-1)!.status).toBe("MET");
    expect(localReading(tiktok.at(-1)!.resolvedAt!, "America/New_York").slice(0, 10)).toBe("2026-01-22");
  });

  it("explain every outcome they record", () => {
    for (const deadline of deadlines.filter((d) => d.status !== "UPCOMING")) {
      expect(deadline.resolutionNote?.trim(), deadline.slug).toBeTruthy();
    }
  });

  it("make China's Notice 46 suspension the next deadline after 21 November 2026", () => {
    const next = deadlines
      .filter((d) => d.status === "UPCOMING" && d.dueAt > TODAY)
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
    expect(next?.slug).toBe("china-notice-46-suspension-2026-11-27");
  });
});

describe("tariff changes", () => {
  it("record the US peak of 125% reciprocal (145% with fentanyl) and the IEEPA tariffs lifted in February 2026", () => {
    const usRates = (measure: string) =>
      tariffChanges
        .filter((t) => t.direction === "US_ON_CHINA" && t.measure === measure)
        .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime())
        .map((t) => t.ratePercent);
    expect(usRates("RECIPROCAL_IEEPA")).toEqual([10, 84, 125, 10, 0]);
    expect(usRates("FENTANYL_IEEPA")).toEqual([10, 20, 10, 0]);
    expect(usRates("SECTION_122")).toEqual([10, 0]);
  });

  it("never have a negative rate", () => {
    for (const change of tariffChanges) expect(change.ratePercent).toBeGreaterThanOrEqual(0);
  });
});

describe("the 2026 addendum", () => {
  const round = (slug: string) => rounds.find((r) => r.slug === slug)!;
  const deadline = (slug: string) => deadlines.find((d) => d.slug === slug)!;
  const update = (slug: string) => updates.find((u) => u.slug === slug)!;

  it("schedules the G20 leaders' summit in Miami for 14–15 December 2026, in Washington's time, naming no one a source does not", () => {
    const g20 = round("g20-miami-2026-12");
    expect(g20).toMatchObject({
      kind: "LEADERS_MEETING",
      status: "SCHEDULED",
      city: "Miami",
      country: "United States",
      timeZone: "America/New_York",
      timePrecision: "DAY",
    });
    expect(localReading(g20.startsAt, g20.timeZone)).toBe("2026-12-14T00:00");
    expect(localReading(g20.endsAt, g20.timeZone)).toBe("2026-12-16T00:00");
    expect(g20.startsAt.getTime()).toBeGreaterThan(TODAY.getTime());
    expect(g20.participants).toEqual([{ participant: "donald-trump", role: "HOST" }]);
  });

  it("links the Beijing summit to its outcomes, and each outcome to the summit", () => {
    expect([...round("beijing-2026-05").issues].sort()).toEqual(["export-controls", "purchases-2026", "tariffs"]);
    const outcomes = [
      "china-readout-strategic-stability",
      "blackwell-chips-stay-barred",
      "us-china-board-of-trade-announced",
      "white-house-beijing-fact-sheet",
      "tariff-truce-not-renewed-at-summit",
      "china-confirms-boeing-order",
      "board-of-trade-comment-period",
    ];
    for (const slug of outcomes) expect(update(slug).round, slug).toBe("beijing-2026-05");
  });

  it("flags every unverified fact, each with a caveat", () => {
    const flagged = [
      round("seoul-2026-05"),
      update("white-house-beijing-fact-sheet"),
      update("tariff-truce-not-renewed-at-summit"),
      update("china-confirms-boeing-order"),
      update("forced-labor-duties-take-effect"),
      deadline("section-122-surcharge-expiry-2026-07-24"),
    ];
    for (const record of flagged) {
      expect(record.unverified, record.slug).toBe(true);
      expect(record.caveat?.trim(), record.slug).toBeTruthy();
    }
    const section122Ends = tariffChanges.find((t) => t.measure === "SECTION_122" && t.ratePercent === 0);
    expect(section122Ends?.unverified).toBe(true);
    expect(localReading(section122Ends!.effectiveAt, section122Ends!.timeZone)).toBe("2026-07-24T00:01");
  });

  it("records the Section 122 surcharge as lapsed at 12:01 a.m. EDT on 24 July 2026", () => {
    const expiry = deadline("section-122-surcharge-expiry-2026-07-24");
    expect(expiry.status).toBe("LAPSED");
    expect(expiry.dueAt.toISOString()).toBe("2026-07-24T04:01:00.000Z");
    expect(expiry.resolutionNote).toMatch(/No extension by Congress is reported/);
  });

  it("leaves the November 2026 expiries with no outcome recorded, as no source shows one", () => {
    const november = deadlines.filter((d) => d.dueAt > new Date("2026-11-01T00:00:00Z") && d.dueAt < TODAY);
    expect(november.map((d) => d.slug).sort()).toEqual([
      "bis-affiliates-rule-suspension-2026-11-09",
      "china-october-export-controls-suspension-2026-11-10",
      "china-port-fees-suspension-2026-11-10",
      "china-reciprocal-suspension-2026-11-10",
      "section-301-exclusions-2026-11-10",
      "us-port-fees-suspension-2026-11-09",
      "us-reciprocal-suspension-2026-11-10",
    ]);
    for (const d of november.filter((d) => d.slug !== "us-reciprocal-suspension-2026-11-10")) {
      expect(d.status, d.slug).toBe("UPCOMING");
      expect(d.resolutionNote, d.slug).toBeUndefined();
    }
    const notice46 = deadline("china-notice-46-suspension-2026-11-27");
    expect([notice46.status, notice46.resolutionNote]).toEqual(["UPCOMING", undefined]);
  });

  it("gives every record it adds a source of its own addendum row", () => {
    const added = [
      round("g20-miami-2026-12"),
      ...[
        "trade-court-rules-section-122-unlawful",
        "federal-circuit-stays-section-122-ruling",
        "china-readout-strategic-stability",
        "blackwell-chips-stay-barred",
        "us-china-board-of-trade-announced",
        "white-house-beijing-fact-sheet",
        "tariff-truce-not-renewed-at-summit",
        "china-confirms-boeing-order",
        "ustr-proposes-forced-labor-duties",
        "board-of-trade-comment-period",
        "ccpit-condemns-forced-labor-duties",
        "forced-labor-duties-take-effect",
      ].map(update),
      deadline("section-122-surcharge-expiry-2026-07-24"),
      ...tariffChanges.filter((t) => t.measure === "SECTION_122"),
    ];
    for (const record of added) {
      expect(
        record.sources.some((key) => /^[A-D]\d-/.test(key)),
        JSON.stringify(record).slice(0, 80),
      ).toBe(true);
    }
  });
});
