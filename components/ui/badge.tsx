import type { ReactNode } from "react";

const TONES = {
  neutral: "tone-neutral",
  green: "tone-green",
  amber: "tone-amber",
  red: "tone-red",
  blue: "tone-blue",
  violet: "tone-violet",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge ${TONES[tone]}`}>{children}</span>;
}
