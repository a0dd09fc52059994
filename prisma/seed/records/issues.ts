import { BEIJING_TIME, WASHINGTON_TIME, zonedInstant } from "../local-time";
import { cite } from "../sources";
import type { SeedIssue } from "../types";

// A change is dated at local midnight where it happened: the round's city, or the acting side's capital.
const on = (day: string, timeZone: string) => ({ changedAt: zonedInstant(day, timeZone), timeZone });
const GENEVA = "Europe/Zurich";
const LONDON = "Europe/London";
const MADRID = "Europe/Madrid";
const BUSAN = "Asia/Seoul";

export const issues: SeedIssue[] = [
  {
    slug: "tariffs",
    title: "Tariffs",
    summary: "US IEEPA tariffs (now void) plus Section 301, 232 and 122 tariffs; China's mirror tariffs.",
    status: "FRAMEWORK_AGREED",
    position: 1,
    sources: cite("S1", "S23", "S24", "S25"),
    history: [
      {
        from: null,
        to: "ESCALATED",
        ...on("2025-02-04", WASHINGTON_TIME),
        note: "The US imposes a 10% IEEPA fentanyl tariff on Chinese goods.",
        sources: cite("S24"),
      },
      {
        from: "ESCALATED",
        to: "UNDER_NEGOTIATION",
        ...on("2025-05-12", GENEVA),
        round: "geneva-2025-05",
        note: "Geneva joint statement: each side suspends 24 percentage points of its tariff for 90 days.",
        sources: cite("S1"),
      },
      {
        from: "UNDER_NEGOTIATION",
        to: "ESCALATED",
        ...on("2025-10-10", WASHINGTON_TIME),
        note: "Trump threatens an additional 100% tariff from 1 November 2025.",
        sources: cite("S19"),
      },
      {
        from: "ESCALATED",
        to: "FRAMEWORK_AGREED",
        ...on("2025-10-30", BUSAN),
        round: "busan-2025-10",
        note: "Trump and Xi agree tariff cuts in Busan.",
        sources: cite("S6"),
      },
    ],
  },
  {
    slug: "fentanyl",
    title: "Fentanyl",
    summary: "US tariffs traded for Chinese controls on fentanyl precursor chemicals.",
    status: "FRAMEWORK_AGREED",
    position: 2,
    sources: cite("S6", "S17", "S24"),
    history: [
      {
        from: null,
        to: "ESCALATED",
        ...on("2025-02-04", WASHINGTON_TIME),
        note: "The US imposes a 10% IEEPA fentanyl tariff on Chinese goods.",
        sources: cite("S24"),
      },
      {
        from: "ESCALATED",
        to: "FRAMEWORK_AGREED",
        ...on("2025-10-30", BUSAN),
        round: "busan-2025-10",
        note: "The fentanyl tariff is cut from 20% to 10% in exchange for Chinese controls on precursor chemicals.",
        sources: cite("S6", "S17"),
      },
    ],
  },
  {
    slug: "rare-earths",
    title: "Rare earths",
    summary: "China's export controls of April and October 2025; general licences and suspensions.",
    status: "FRAMEWORK_AGREED",
    position: 3,
    sources: cite("S2", "S18", "S20"),
    history: [
      {
        from: null,
        to: "UNDER_NEGOTIATION",
        ...on("2025-06-10", LONDON),
        round: "london-2025-06",
        note: "The London framework weighs China's rare earths against US export controls.",
        sources: cite("S2"),
      },
      {
        from: "UNDER_NEGOTIATION",
        to: "ESCALATED",
        ...on("2025-10-09", BEIJING_TIME),
        note: "China issues new export controls (Announcements 55–58, 61 and 62).",
        sources: cite("S18", "S20"),
      },
      {
        from: "ESCALATED",
        to: "FRAMEWORK_AGREED",
        ...on("2025-10-30", BUSAN),
        round: "busan-2025-10",
        note: "China's October export controls are delayed by a year.",
        sources: cite("S6", "S5"),
      },
    ],
  },
  {
    slug: "export-controls",
    title: "US export controls",
    summary: "Entity List, Affiliates Rule, chips.",
    status: "FRAMEWORK_AGREED",
    position: 4,
    sources: cite("S2", "S20"),
    history: [
      {
        from: null,
        to: "UNDER_NEGOTIATION",
        ...on("2025-06-10", LONDON),
        round: "london-2025-06",
        note: "The London framework weighs US export controls against China's rare earths.",
        sources: cite("S2"),
      },
      {
        from: "UNDER_NEGOTIATION",
        to: "ESCALATED",
        ...on("2025-09-29", WASHINGTON_TIME),
        note: "The Bureau of Industry and Security issues the Affiliates Rule.",
        sources: cite("S20"),
      },
      {
        from: "ESCALATED",
        to: "FRAMEWORK_AGREED",
        ...on("2025-11-10", WASHINGTON_TIME),
        note: "The Affiliates Rule is suspended until 9 November 2026.",
        sources: cite("S20"),
      },
    ],
  },
  {
    slug: "tiktok",
    title: "TikTok",
    summary: "Forced sale of the US business; settled by the joint venture.",
    status: "RESOLVED",
    position: 5,
    sources: cite("S13", "S14", "S15"),
    history: [
      {
        from: null,
        to: "OPEN",
        ...on("2024-04-24", WASHINGTON_TIME),
        note: "The divest-or-ban law (PAFACA) is signed.",
        sources: cite("S13"),
      },
      {
        from: "OPEN",
        to: "FRAMEWORK_AGREED",
        ...on("2025-09-15", MADRID),
        round: "madrid-2025-09",
        note: "A framework for US-controlled ownership of TikTok is agreed in Madrid.",
        sources: cite("S4"),
      },
      {
        from: "FRAMEWORK_AGREED",
        to: "RESOLVED",
        ...on("2026-01-22", WASHINGTON_TIME),
        note: "The TikTok USDS Joint Venture closes.",
        sources: cite("S15"),
      },
    ],
  },
  {
    slug: "agriculture",
    title: "Agriculture",
    summary: "Soybean, sorghum and log purchases.",
    status: "FRAMEWORK_AGREED",
    position: 6,
    sources: cite("S6", "S22"),
    history: [
      {
        from: null,
        to: "ESCALATED",
        ...on("2025-03-10", BEIJING_TIME),
        note: "China's additional tariffs of 10–15% on US farm goods take effect.",
        sources: cite("S25", "S18"),
      },
      {
        from: "ESCALATED",
        to: "FRAMEWORK_AGREED",
        ...on("2025-10-30", BUSAN),
        round: "busan-2025-10",
        note: "China agrees to buy US soybeans.",
        sources: cite("S6", "S22"),
      },
    ],
  },
  {
    slug: "port-fees",
    title: "Port fees",
    summary: "Tit-for-tat shipping fees, suspended to November 2026.",
    status: "FRAMEWORK_AGREED",
    position: 7,
    sources: cite("S21"),
    history: [
      {
        from: null,
        to: "ESCALATED",
        ...on("2025-10-14", WASHINGTON_TIME),
        note: "The US starts charging Section 301 port fees on Chinese ships.",
        sources: cite("S21"),
      },
      {
        from: "ESCALATED",
        to: "FRAMEWORK_AGREED",
        ...on("2025-11-10", WASHINGTON_TIME),
        note: "Both sides suspend their port fees for a year.",
        sources: cite("S21"),
      },
    ],
  },
  {
    slug: "chip-probes",
    title: "Chip probes",
    summary: "China's investigations of US chipmakers.",
    status: "ESCALATED",
    position: 8,
    sources: cite("N4", "N5"),
    history: [
      {
        from: null,
        to: "ESCALATED",
        ...on("2025-09-13", BEIJING_TIME),
        note: "China opens an anti-dumping investigation into US analog chips and an anti-discrimination investigation into US measures on its chip industry.",
        sources: cite("N4", "N5"),
      },
    ],
  },
  {
    slug: "purchases-2026",
    title: "2026 purchases",
    summary: "Boeing aircraft and energy.",
    status: "OPEN",
    position: 9,
    unverified: true,
    caveat:
      "Only Trump's statement that China would buy 200 Boeing aircraft is sourced; energy purchases and the White House fact-sheet figures are not confirmed.",
    sources: ["S10-vininews"],
    history: [
      {
        from: null,
        to: "OPEN",
        ...on("2026-05-14", BEIJING_TIME),
        round: "beijing-2026-05",
        note: "Trump says China will buy 200 Boeing aircraft.",
        sources: ["S10-vininews"],
      },
    ],
  },
];
