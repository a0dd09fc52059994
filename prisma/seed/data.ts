import { deadlines } from "./records/deadlines";
import { expectations } from "./records/expectations";
import { issues } from "./records/issues";
import { participants } from "./records/participants";
import { rounds } from "./records/rounds";
import { tariffChanges } from "./records/tariff-changes";
import { updates } from "./records/updates";
import type { SeedData } from "./types";

export { seedSources } from "./sources";
export type * from "./types";

/** Everything Parley starts with; every fact-bearing record cites at least one source. */
export const seedData: SeedData = { participants, issues, rounds, deadlines, tariffChanges, updates, expectations };
