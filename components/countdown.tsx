"use client";

import { useSyncExternalStore } from "react";
import { countdownTo, describeCountdown } from "@/lib/domain/countdown";
import { currentSecond, subscribeToSeconds } from "./second-clock";

interface CountdownProps {
  /** ISO instant the deadline falls due. */
  dueAt: string;
  /** The instant the server rendered at, so hydration renders exactly what the server sent. */
  serverNow: number;
  size?: "large" | "small";
}

const UNITS = [
  ["days", "Days"],
  ["hours", "Hours"],
  ["minutes", "Minutes"],
  ["seconds", "Seconds"],
] as const;

/**
 * A live countdown. The digits tick every second but are hidden from screen readers, which get
 * a minute-by-minute summary instead of an announcement every second.
 */
export function Countdown({ dueAt, serverNow, size = "large" }: CountdownProps) {
  const now = useSyncExternalStore(subscribeToSeconds, currentSecond, () => serverNow);
  const due = Date.parse(dueAt);
  const countdown = countdownTo(due, now);
  const summary = describeCountdown(countdownTo(due, Math.floor(now / 60_000) * 60_000));

  if (countdown.passed) {
    return (
      <p className="text-sm font-medium text-stone-700 dark:text-stone-300" data-testid="countdown" data-passed="true">
        Passed {describeCountdown(countdown)}
      </p>
    );
  }

  const large = size === "large";
  return (
    <div role="timer" aria-live="off" data-testid="countdown" data-passed="false">
      <span className="sr-only">Due {summary}</span>
      <ol aria-hidden="true" className={`flex ${large ? "gap-2 sm:gap-3" : "gap-1.5"}`}>
        {UNITS.map(([unit, label]) => (
          <li key={unit} className={`count-unit ${large ? "min-w-16 px-2 py-2 sm:min-w-20" : "min-w-11 px-1.5 py-1"}`}>
            <span
              className={`font-semibold tabular-nums ${large ? "text-3xl sm:text-4xl" : "text-lg"}`}
              data-unit={unit}
            >
              {unit === "days" ? countdown[unit] : String(countdown[unit]).padStart(2, "0")}
            </span>
            <span className={`${large ? "text-xs" : "text-[0.65rem]"} tracking-wide uppercase opacity-80`}>
              {label}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
