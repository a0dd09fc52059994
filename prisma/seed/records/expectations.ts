import { cite } from "../sources";
import type { SeedExpectation } from "../types";

// Each expectation cites the reports that voiced it and the sources of how it turned out.
export const expectations: SeedExpectation[] = [
  {
    round: "madrid-2025-09",
    text: "Another extension of the TikTok divestiture deadline is the most likely outcome; no sale agreement expected.",
    expectedBy:
      "Analysts and a source familiar with the administration's discussions (Reuters, via Nation Thailand and NewsBytes)",
    assessment: "MET",
    assessmentNote:
      "Executive Order 14350 of 16 September 2025 extended the deadline to 16 December. A TikTok framework was also announced.",
    sources: cite("N1", "N2", "N3", "S14", "S4"),
  },
  {
    round: "madrid-2025-09",
    text: "No easing of chip export controls without a Trump–Xi meeting: substantial outcomes would be saved for a leaders' meeting; “China won't agree without significant concessions on export controls and tariffs, and I don't see the US ready to offer those.”",
    expectedBy: "Wendy Cutler, Asia Society Policy Institute",
    assessment: "MET",
    assessmentNote:
      "Nothing on export controls came out of Madrid. The Affiliates Rule was suspended only after the Busan leaders' meeting, on 10 November 2025.",
    sources: cite("N1", "N2", "S20"),
  },
  {
    round: "madrid-2025-09",
    text: "Possible Chinese purchase commitments, such as new access for US soybeans, are more likely at a Trump–Xi meeting.",
    expectedBy: "Wendy Cutler, Asia Society Policy Institute",
    assessment: "MET",
    assessmentNote:
      "None at Madrid. Soybean purchases were agreed around Busan: 12 MMT, then at least 25 MMT a year in 2026–2028.",
    sources: cite("N1", "N2", "S6", "S22"),
  },
  {
    round: "madrid-2025-09",
    text: "The talks aim to keep the 90-day truce, in effect until November.",
    expectedBy: "Observers quoted by GMTEight",
    assessment: "MET",
    assessmentNote: "The truce held and was extended for a year after Busan.",
    sources: cite("N4", "S17"),
  },
];
