import type { RoundKind, Side, UpdateKind } from "../../lib/generated/prisma/enums";
import type { Random } from "./random";

/** How every generated row says what it is (in a publisher, caveat or note). */
export const GENERATED_MARK = "Generated test data";

export const PLACES = [
  { slug: "geneva", city: "Geneva", country: "Switzerland", venue: "Villa d'Ouchy", timeZone: "Europe/Zurich" },
  { slug: "london", city: "London", country: "United Kingdom", venue: "Lancaster House", timeZone: "Europe/London" },
  { slug: "stockholm", city: "Stockholm", country: "Sweden", venue: "Rosenbad", timeZone: "Europe/Stockholm" },
  { slug: "madrid", city: "Madrid", country: "Spain", venue: "Palacio de Santa Cruz", timeZone: "Europe/Madrid" },
  {
    slug: "kuala-lumpur",
    city: "Kuala Lumpur",
    country: "Malaysia",
    venue: "Merdeka 118",
    timeZone: "Asia/Kuala_Lumpur",
  },
  {
    slug: "beijing",
    city: "Beijing",
    country: "China",
    venue: "Diaoyutai State Guesthouse",
    timeZone: "Asia/Shanghai",
  },
  {
    slug: "washington",
    city: "Washington",
    country: "United States",
    venue: "Treasury Building",
    timeZone: "America/New_York",
  },
  { slug: "busan", city: "Busan", country: "South Korea", venue: "Gimhae Air Base", timeZone: "Asia/Seoul" },
] as const;

export const PUBLISHERS = [
  { slug: "harbour-wire", name: "Harbour Wire" },
  { slug: "capital-ledger", name: "Capital Ledger" },
  { slug: "pacific-trade-review", name: "Pacific Trade Review" },
  { slug: "ministry-bulletin", name: "Ministry Bulletin" },
  { slug: "federal-notices", name: "Federal Notices" },
] as const;

export const ROUND_KINDS: readonly RoundKind[] = [
  "NEGOTIATION_ROUND",
  "NEGOTIATION_ROUND",
  "WORKING_MEETING",
  "PHONE_CALL",
  "VIDEO_CALL",
  "LEADERS_MEETING",
];
export const UPDATE_KINDS: readonly UpdateKind[] = [
  "STATEMENT",
  "STATEMENT",
  "EXECUTIVE_ORDER",
  "REGULATION",
  "REPORT",
  "ANALYSIS",
  "COURT_RULING",
  "CALL",
  "MEETING",
  "LAW",
];

const GIVEN = {
  UNITED_STATES: ["Avery", "Jordan", "Morgan", "Riley", "Casey", "Quinn", "Harper", "Rowan"],
  CHINA: ["Wei", "Lin", "Jun", "Hui", "Min", "Yan", "Tao", "Xin"],
};
const FAMILY = {
  UNITED_STATES: ["Whitaker", "Delgado", "Okafor", "Lindqvist", "Brennan", "Castillo", "Hartley", "Moreau"],
  CHINA: ["Zhao", "Qian", "Sun", "Zhou", "Wu", "Zheng", "Feng", "Chen"],
};
const OFFICES = {
  UNITED_STATES: [
    "Deputy Trade Representative",
    "Assistant Secretary of Commerce",
    "Treasury Counselor",
    "Senior Director for Trade, National Security Council",
  ],
  CHINA: [
    "Vice Minister of Commerce",
    "Director-General, Ministry of Commerce",
    "Deputy Director, National Development and Reform Commission",
    "Counselor, State Council",
  ],
  OTHER: ["Host government envoy", "Trade attaché"],
};

export function personName(random: Random, side: Side): string {
  const from = side === "CHINA" ? "CHINA" : "UNITED_STATES";
  return side === "CHINA"
    ? `${random.pick(FAMILY[from])} ${random.pick(GIVEN[from])}`
    : `${random.pick(GIVEN[from])} ${random.pick(FAMILY[from])}`;
}

export function officeFor(random: Random, side: Side): string {
  return random.pick(
    side === "UNITED_STATES" ? OFFICES.UNITED_STATES : side === "CHINA" ? OFFICES.CHINA : OFFICES.OTHER,
  );
}

const SUBJECTS = [
  "Tariff truce",
  "Export-control licences",
  "Soybean purchases",
  "Rare-earth exports",
  "Port fees",
  "Fentanyl precursors",
  "Chip probes",
  "TikTok divestiture",
];
const VERBS = [
  "extended",
  "reviewed",
  "under discussion",
  "clarified",
  "suspended",
  "confirmed",
  "questioned",
  "on the agenda",
];
const CLAUSES = [
  "officials said after the session",
  "according to a statement published in the evening",
  "with details left to working-level teams",
  "pending sign-off by both leaders",
  "as both sides traded written proposals",
  "in a readout that named no figures",
];

export const generatedText = {
  headline: (random: Random) => `${random.pick(SUBJECTS)} ${random.pick(VERBS)}`,
  sentence: (random: Random, count: number) =>
    Array.from(
      { length: count },
      () => `${random.pick(SUBJECTS)} ${random.pick(VERBS)}, ${random.pick(CLAUSES)}.`,
    ).join(" "),
  markdown: (random: Random) => {
    const lead = `**${random.pick(SUBJECTS)}** ${random.pick(VERBS)}, ${random.pick(CLAUSES)}.`;
    const more = random.chance(0.5)
      ? ` See the [full text](https://generated.parley.test/texts/${random.int(1, 9999)}).`
      : "";
    const second = random.chance(0.4)
      ? `\n\n${random.pick(SUBJECTS)} ${random.pick(VERBS)}, ${random.pick(CLAUSES)}.`
      : "";
    return `${lead}${more}${second}`;
  },
};
