import { cite } from "../sources";
import type { SeedParticipant } from "../types";

// Each participant cites the articles on the rounds and calls they took part in.
export const participants: SeedParticipant[] = [
  {
    slug: "scott-bessent",
    name: "Scott Bessent",
    office: "US Treasury Secretary",
    side: "UNITED_STATES",
    sources: cite("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"),
  },
  {
    slug: "jamieson-greer",
    name: "Jamieson Greer",
    office: "US Trade Representative",
    side: "UNITED_STATES",
    sources: cite("S1", "S2", "S3", "S4", "S5", "S8"),
  },
  {
    slug: "howard-lutnick",
    name: "Howard Lutnick",
    office: "US Commerce Secretary",
    side: "UNITED_STATES",
    sources: cite("S2", "S6"),
  },
  {
    slug: "marco-rubio",
    name: "Marco Rubio",
    office: "US Secretary of State",
    side: "UNITED_STATES",
    sources: cite("S6"),
  },
  {
    slug: "donald-trump",
    name: "Donald Trump",
    office: "President of the United States",
    side: "UNITED_STATES",
    sources: cite("S2", "S4", "S6", "S10", "S11", "S12", "P4", "D1"),
  },
  {
    slug: "xi-jinping",
    name: "Xi Jinping",
    office: "President of China",
    side: "CHINA",
    sources: cite("S2", "S4", "S6", "S10", "S11", "S12", "P4"),
  },
  {
    slug: "he-lifeng",
    name: "He Lifeng",
    office: "Vice Premier",
    side: "CHINA",
    sources: cite("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"),
  },
  {
    slug: "li-chenggang",
    name: "Li Chenggang",
    office: "China International Trade Representative and Vice Minister of Commerce",
    side: "CHINA",
    sources: cite("S1", "S2", "S3", "S4", "S5", "S8"),
  },
  { slug: "wang-wentao", name: "Wang Wentao", office: "Minister of Commerce", side: "CHINA", sources: cite("S2") },
  { slug: "liao-min", name: "Liao Min", office: "Vice Minister of Finance", side: "CHINA", sources: cite("S5") },
  {
    slug: "cai-qi",
    name: "Cai Qi",
    office: "Director of the General Office of the CPC Central Committee",
    side: "CHINA",
    sources: cite("S6"),
  },
  { slug: "wang-yi", name: "Wang Yi", office: "Foreign Minister", side: "CHINA", sources: cite("S6") },
];
