import "server-only";
import { subDays } from "date-fns";
import { changedFields } from "../audit";
import { prisma } from "../db";
import { editorQuery } from "./editor-query";

/** What needs an editor's attention now. Editors always read fresh data, never the reader cache. */
export const attentionItems = editorQuery(async (now: number) => {
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
    prisma.round.findMany({
      where: { publishedAt: null },
      orderBy: { updatedAt: "desc" },
      select: { id: true, title: true, updatedAt: true },
    }),
    prisma.update.findMany({
      where: { publishedAt: null },
      orderBy: { updatedAt: "desc" },
      select: { id: true, title: true, updatedAt: true },
    }),
    prisma.issue.findMany({
      orderBy: { position: "asc" },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        statusChanges: { orderBy: { changedAt: "desc" }, take: 1, select: { changedAt: true } },
      },
    }),
  ]);
  const staleBefore = subDays(now, 60).getTime();
  const quietIssues = issues.filter((issue) => (issue.statusChanges[0]?.changedAt.getTime() ?? 0) < staleBefore);
  return { passedDeadlines, overdueRounds, draftRounds, draftUpdates, quietIssues };
});

export const roundsForEditing = editorQuery(async () => {
  return prisma.round.findMany({
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      timePrecision: true,
      publishedAt: true,
    },
  });
});

export const roundForEditing = editorQuery(async (id: number) => {
  return prisma.round.findUnique({
    where: { id },
    include: {
      participations: { select: { participantId: true, role: true } },
      issues: { select: { id: true } },
      sources: { select: { id: true } },
    },
  });
});

/** The choices the editors' forms offer. */
export const formChoices = editorQuery(async () => {
  const [participants, issues, sources, rounds] = await Promise.all([
    prisma.participant.findMany({
      orderBy: [{ side: "asc" }, { name: "asc" }],
      select: { id: true, name: true, office: true, side: true },
    }),
    prisma.issue.findMany({ orderBy: { position: "asc" }, select: { id: true, title: true, status: true } }),
    prisma.source.findMany({
      orderBy: [{ publisher: "asc" }, { title: "asc" }],
      select: { id: true, publisher: true, title: true },
    }),
    prisma.round.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, title: true, startsAt: true } }),
  ]);
  return { participants, issues, sources, rounds };
});

export type FormChoices = Awaited<ReturnType<typeof formChoices>>;

export const deadlinesForEditing = editorQuery(async () => {
  return prisma.deadline.findMany({
    orderBy: [{ status: "desc" }, { dueAt: "asc" }],
    select: {
      id: true,
      title: true,
      dueAt: true,
      timeZone: true,
      timePrecision: true,
      status: true,
      supersededBy: { select: { id: true } },
      issue: { select: { title: true } },
    },
  });
});

export const deadlineForEditing = editorQuery(async (id: number) => {
  return prisma.deadline.findUnique({
    where: { id },
    include: {
      supersededBy: { select: { id: true } },
      supersedes: { select: { id: true, dueAt: true } },
      issue: { select: { title: true } },
    },
  });
});

export const issuesForEditing = editorQuery(async () => {
  return prisma.issue.findMany({
    orderBy: { position: "asc" },
    select: { id: true, title: true, status: true, version: true },
  });
});

export const issueForEditing = editorQuery(async (id: number) => {
  return prisma.issue.findUnique({
    where: { id },
    include: {
      statusChanges: {
        orderBy: { changedAt: "desc" },
        select: { id: true, fromStatus: true, toStatus: true, changedAt: true, timeZone: true, note: true },
      },
    },
  });
});

export const updatesForEditing = editorQuery(async () => {
  return prisma.update.findMany({
    orderBy: { occurredAt: "desc" },
    select: { id: true, title: true, kind: true, occurredAt: true, timeZone: true, publishedAt: true },
  });
});

export const updateForEditing = editorQuery(async (id: number) => {
  return prisma.update.findUnique({
    where: { id },
    include: { issues: { select: { id: true } }, sources: { select: { id: true } } },
  });
});

/** A record's audit trail, newest first, with who made each change. */
export const auditTrail = editorQuery(async (entityType: string, entityId: number) => {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: "desc" },
    include: { user: { select: { name: true } } },
  });
});

/** What changed between the version an editor saw and the current one, from the audit log. */
export const changesSinceVersion = editorQuery(async (entityType: string, entityId: number, seenVersion: number) => {
  const [firstAfterSeen, latest] = await Promise.all([
    prisma.auditEvent.findFirst({ where: { entityType, entityId, version: seenVersion + 1 }, orderBy: { id: "asc" } }),
    prisma.auditEvent.findFirst({ where: { entityType, entityId }, orderBy: { id: "desc" } }),
  ]);
  return changedFields(firstAfterSeen?.before ?? null, latest?.after ?? null);
});

/** One audit entry with the version it recorded, for an admin restoring it. */
export const auditEventForRestore = editorQuery(
  async (eventId: number) => prisma.auditEvent.findUnique({ where: { id: eventId } }),
  "admin",
);

/** Every account, for the admins' users page. */
export const accountsForAdmin = editorQuery(
  async () =>
    prisma.user.findMany({
      orderBy: [{ role: "asc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, role: true, banned: true, _count: { select: { sessions: true } } },
    }),
  "admin",
);
