import "server-only";
import { prisma } from "../db";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What needs an editor's attention now. Editors always read fresh data, never the reader cache. */
export async function attentionItems(now: number) {
  const [passedDeadlines, overdueRounds, draftRounds, draftUpdates, issues] = await Promise.all([
    prisma.deadline.findMany({
      where: { status: "UPCOMING", dueAt: { lt: new Date(now) } },
      orderBy: { dueAt: "asc" },
      select: { id: true, slug: true, title: true, dueAt: true, timeZone: true, timePrecision: true },
    }),
    prisma.round.findMany({
      where: { status: "UNDER_WAY", endsAt: { lt: new Date(now) } },
      select: { id: true, title: true, endsAt: true, timeZone: true },
    }),
    prisma.round.findMany({ where: { publishedAt: null }, orderBy: { updatedAt: "desc" }, select: { id: true, title: true, updatedAt: true } }),
    prisma.update.findMany({ where: { publishedAt: null }, orderBy: { updatedAt: "desc" }, select: { id: true, title: true, updatedAt: true } }),
    prisma.issue.findMany({
      orderBy: { position: "asc" },
      select: { id: true, slug: true, title: true, status: true, statusChanges: { orderBy: { changedAt: "desc" }, take: 1, select: { changedAt: true } } },
    }),
  ]);
  const staleBefore = now - 60 * DAY_MS;
  const quietIssues = issues.filter((issue) => (issue.statusChanges[0]?.changedAt.getTime() ?? 0) < staleBefore);
  return { passedDeadlines, overdueRounds, draftRounds, draftUpdates, quietIssues };
}

export async function roundsForEditing() {
  return prisma.round.findMany({
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, timeZone: true, timePrecision: true, publishedAt: true },
  });
}

export async function roundForEditing(id: number) {
  return prisma.round.findUnique({
    where: { id },
    include: {
      participations: { select: { participantId: true, role: true } },
      issues: { select: { id: true } },
      sources: { select: { id: true } },
    },
  });
}

/** The choices the editors' forms offer. */
export async function formChoices() {
  const [participants, issues, sources, rounds] = await Promise.all([
    prisma.participant.findMany({ orderBy: [{ side: "asc" }, { name: "asc" }], select: { id: true, name: true, office: true, side: true } }),
    prisma.issue.findMany({ orderBy: { position: "asc" }, select: { id: true, title: true, status: true } }),
    prisma.source.findMany({ orderBy: [{ publisher: "asc" }, { title: "asc" }], select: { id: true, publisher: true, title: true } }),
    prisma.round.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, title: true, startsAt: true } }),
  ]);
  return { participants, issues, sources, rounds };
}

export type FormChoices = Awaited<ReturnType<typeof formChoices>>;

export async function deadlinesForEditing() {
  return prisma.deadline.findMany({
    orderBy: [{ status: "desc" }, { dueAt: "asc" }],
    select: { id: true, title: true, dueAt: true, timeZone: true, timePrecision: true, status: true, supersededBy: { select: { id: true } }, issue: { select: { title: true } } },
  });
}

export async function deadlineForEditing(id: number) {
  return prisma.deadline.findUnique({
    where: { id },
    include: { supersededBy: { select: { id: true } }, supersedes: { select: { id: true, dueAt: true } }, issue: { select: { title: true } } },
  });
}

export async function issuesForEditing() {
  return prisma.issue.findMany({ orderBy: { position: "asc" }, select: { id: true, title: true, status: true, version: true } });
}

export async function issueForEditing(id: number) {
  return prisma.issue.findUnique({
    where: { id },
    include: { statusChanges: { orderBy: { changedAt: "desc" }, select: { id: true, fromStatus: true, toStatus: true, changedAt: true, timeZone: true, note: true } } },
  });
}

export async function updatesForEditing() {
  return prisma.update.findMany({ orderBy: { occurredAt: "desc" }, select: { id: true, title: true, kind: true, occurredAt: true, timeZone: true, publishedAt: true } });
}

export async function updateForEditing(id: number) {
  return prisma.update.findUnique({ where: { id }, include: { issues: { select: { id: true } }, sources: { select: { id: true } } } });
}

/** A record's audit trail, newest first, with who made each change. */
export async function auditTrail(entityType: string, entityId: number) {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    include: { user: { select: { name: true, email: true } } },
  });
}
