import { BEIJING_TIME, WASHINGTON_TIME, zonedInstant } from "../local-time";
import { cite } from "../sources";
import type { SeedTariffChange } from "../types";

type ChangeOnDay = Pick<SeedTariffChange, "measure" | "ratePercent" | "note" | "sources"> &
  Partial<Pick<SeedTariffChange, "scope" | "unverified">> & { day: string };

// US tariff orders take effect at 12:01 a.m. Eastern.
function usOrderTakesEffect({ day, scope = "ALL_GOODS", ...change }: ChangeOnDay): SeedTariffChange {
  return {
    ...change,
    direction: "US_ON_CHINA",
    scope,
    effectiveAt: zonedInstant(`${day}T00:01`, WASHINGTON_TIME),
    timeZone: WASHINGTON_TIME,
    timePrecision: "MINUTE",
  };
}

// CBP's stop of IEEPA collection is known only to the day.
function ieepaTariffVoided(measure: SeedTariffChange["measure"]): SeedTariffChange {
  return {
    direction: "US_ON_CHINA",
    measure,
    scope: "ALL_GOODS",
    ratePercent: 0,
    effectiveAt: zonedInstant("2026-02-24", WASHINGTON_TIME),
    timeZone: WASHINGTON_TIME,
    timePrecision: "DAY",
    note: "The Supreme Court ruled on 20 February 2026 that IEEPA does not authorize tariffs; CBP stopped collecting on 24 February.",
    sources: ["S23-wikipedia", "S23-pmmi", "S23-freedomforallamericans"],
  };
}

// China's changes are known only to the day: its 13:01 rule is stated only for the 2026 deadline.
function chinaChangeTakesEffect({ day, scope = "ALL_GOODS", ...change }: ChangeOnDay): SeedTariffChange {
  return {
    ...change,
    direction: "CHINA_ON_US",
    scope,
    effectiveAt: zonedInstant(day, BEIJING_TIME),
    timeZone: BEIJING_TIME,
    timePrecision: "DAY",
  };
}

export const tariffChanges: SeedTariffChange[] = [
  usOrderTakesEffect({
    day: "2025-02-04",
    measure: "FENTANYL_IEEPA",
    ratePercent: 10,
    note: "IEEPA fentanyl tariff of 10%.",
    sources: cite("S24"),
  }),
  usOrderTakesEffect({
    day: "2025-03-04",
    measure: "FENTANYL_IEEPA",
    ratePercent: 20,
    note: "The fentanyl tariff rises to 20%.",
    sources: cite("S24"),
  }),
  usOrderTakesEffect({
    day: "2025-04-05",
    measure: "RECIPROCAL_IEEPA",
    ratePercent: 10,
    note: "Reciprocal tariff of 10%.",
    sources: cite("S24", "P1"),
  }),
  usOrderTakesEffect({
    day: "2025-04-09",
    measure: "RECIPROCAL_IEEPA",
    ratePercent: 84,
    note: "The reciprocal tariff rises to 84%.",
    sources: cite("S24", "P1"),
  }),
  usOrderTakesEffect({
    day: "2025-04-10",
    measure: "RECIPROCAL_IEEPA",
    ratePercent: 125,
    note: "The reciprocal tariff rises to 125%: 145% including the fentanyl tariff.",
    sources: cite("S24", "P1"),
  }),
  usOrderTakesEffect({
    day: "2025-05-14",
    measure: "RECIPROCAL_IEEPA",
    ratePercent: 10,
    note: "After Geneva the reciprocal tariff falls to 10%; the IEEPA total is 30%.",
    sources: cite("S1"),
  }),
  usOrderTakesEffect({
    day: "2025-11-10",
    measure: "FENTANYL_IEEPA",
    ratePercent: 10,
    note: "After Busan the fentanyl tariff falls to 10%; the IEEPA total is 20% (Trump's overall figure: 57% to 47%).",
    sources: cite("S6", "S17"),
  }),
  ieepaTariffVoided("FENTANYL_IEEPA"),
  ieepaTariffVoided("RECIPROCAL_IEEPA"),
  usOrderTakesEffect({
    day: "2026-02-24",
    measure: "SECTION_122",
    ratePercent: 10,
    note: "Section 122 surcharge of 10%, until 24 July 2026. An announced rise to 15% is not confirmed.",
    sources: ["S23-pmmi", "S23-freedomforallamericans", ...cite("B1")],
  }),
  usOrderTakesEffect({
    day: "2026-07-24",
    measure: "SECTION_122",
    ratePercent: 0,
    note: "The Section 122 surcharge ends after its 150 days, at the time CBP gave when it began; only aggregator sources report that it did, with no extension by Congress. Section 301 tariffs, among them the forced-labor duties reported to start that day, are not counted here.",
    unverified: true,
    sources: [...cite("B1"), "B2-vatcheck", ...cite("B6")],
  }),

  chinaChangeTakesEffect({
    day: "2025-02-10",
    measure: "COUNTER_FENTANYL",
    scope: "SELECTED_GOODS",
    ratePercent: 15,
    note: "15% on coal and LNG; 10% on crude oil, farm machinery and cars.",
    sources: cite("S25"),
  }),
  chinaChangeTakesEffect({
    day: "2025-03-10",
    measure: "COUNTER_FARM",
    scope: "SELECTED_GOODS",
    ratePercent: 15,
    note: "Additional 10–15% on US farm goods.",
    sources: cite("S25", "S18"),
  }),
  chinaChangeTakesEffect({
    day: "2025-04-10",
    measure: "COUNTER_RECIPROCAL",
    ratePercent: 84,
    note: "84%: the 34% announced on 4 April was raised on 9 April before it took effect.",
    sources: cite("S25"),
  }),
  chinaChangeTakesEffect({
    day: "2025-04-12",
    measure: "COUNTER_RECIPROCAL",
    ratePercent: 125,
    note: "Raised to 125%.",
    sources: cite("S24"),
  }),
  chinaChangeTakesEffect({
    day: "2025-05-14",
    measure: "COUNTER_RECIPROCAL",
    ratePercent: 10,
    note: "After Geneva the counter-tariff falls to 10%.",
    sources: cite("S1"),
  }),
  chinaChangeTakesEffect({
    day: "2025-11-10",
    measure: "COUNTER_FARM",
    scope: "SELECTED_GOODS",
    ratePercent: 0,
    note: "The March farm tariffs are lifted; the 10% counter-tariff stays.",
    sources: cite("S18"),
  }),
];
