/** Cache tags for reader pages; every write invalidates exactly the tags it touched. */
export const tags = {
  rounds: "rounds",
  round: (slug: string) => `round:${slug}`,
  participants: "participants",
  participant: (slug: string) => `participant:${slug}`,
  issues: "issues",
  issue: (slug: string) => `issue:${slug}`,
  deadlines: "deadlines",
  deadline: (slug: string) => `deadline:${slug}`,
  updates: "updates",
  tariffs: "tariffs",
  sources: "sources",
} as const;
