import "server-only";
import { siteOrigin } from "../env";
import { latestOf } from "../http/conditional";
import { deadlinesForCalendar, issueForCalendar, roundsForCalendar } from "../queries/calendar";
import { deadlineUrl, roundUrl } from "../site-urls";
import { deadlineChainEvent, deadlineChains, roundEvent, type EventLinks } from "./calendar-events";
import { calendarText } from "./icalendar";

function eventLinks(): EventLinks {
  return { uidDomain: new URL(siteOrigin).hostname, deadlineUrl, roundUrl };
}

export interface CalendarDocument {
  ics: string;
  lastModified?: Date;
}

async function calendarOf(name: string, description: string, issueSlug?: string): Promise<CalendarDocument> {
  const [deadlines, rounds] = await Promise.all([deadlinesForCalendar(issueSlug), roundsForCalendar(issueSlug)]);
  const links = eventLinks();
  const events = [
    ...deadlineChains(deadlines).map((chain) => deadlineChainEvent(chain, links)),
    ...rounds.map((r) => roundEvent(r, links)),
  ];
  return {
    ics: calendarText({ name, description, events }),
    lastModified: latestOf([...deadlines, ...rounds].map((r) => r.updatedAt)),
  };
}

/** Every deadline (one event per chain) and every published round. */
export function siteCalendar(): Promise<CalendarDocument> {
  return calendarOf(
    "Parley: US–China trade talks",
    "Deadlines (each chain of extensions is one event that moves when extended) and negotiation rounds of the US–China trade talks, from Parley.",
  );
}

/** One issue's deadlines and the rounds where it was discussed; null when there is no such issue. */
export async function issueCalendar(slug: string): Promise<CalendarDocument | null> {
  const issue = await issueForCalendar(slug);
  if (!issue) return null;
  return calendarOf(
    `Parley: ${issue.title}`,
    `Deadlines and rounds on ${issue.title} in the US–China trade talks, from Parley.`,
    slug,
  );
}
