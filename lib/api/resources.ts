import "server-only";
import { latestOf } from "../http/conditional";
import { deadlineRecordBySlug, deadlineRecordsPage } from "../queries/open-data/deadlines";
import { issueRecordBySlug, issueRecordsPage } from "../queries/open-data/issues";
import { participantRecordBySlug, participantRecordsPage } from "../queries/open-data/participants";
import { roundRecordBySlug, roundRecordsPage, type RoundRecord } from "../queries/open-data/rounds";
import { sourceRecordsPage } from "../queries/open-data/sources";
import { updateRecordBySlug, updateRecordsPage } from "../queries/open-data/updates";
import { listTariffChanges } from "../queries/tariffs";
import type { DeadlineRecord } from "../queries/open-data/deadlines";
import type { IssueRecord } from "../queries/open-data/issues";
import type { ParticipantRecord } from "../queries/open-data/participants";
import type { PageQuery } from "../schemas/api";
import {
  deadlineJson,
  issueJson,
  participantJson,
  roundJson,
  sourceJson,
  tariffChangesJson,
  updateJson,
} from "./serialize";

// What each API endpoint returns, as JSON-ready values: route handlers add paging, validators and
// headers. Last-Modified is the latest `updatedAt` of everything a body shows.

export interface Listing<T> {
  items: T[];
  total: number;
  lastModified?: Date;
}

export interface Found<T> {
  item: T;
  lastModified?: Date;
}

const roundModified = (r: RoundRecord) => [
  r.updatedAt,
  ...r.participations.map((p) => p.participant.updatedAt),
  ...r.issues.map((i) => i.updatedAt),
];
const participantModified = (p: ParticipantRecord) => [p.updatedAt, ...p.participations.map((x) => x.round.updatedAt)];
const issueModified = (i: IssueRecord) => [i.updatedAt, ...i.statusChanges.map((c) => c.createdAt)];
const deadlineModified = (d: DeadlineRecord) => [d.updatedAt, ...d.chain.map((link) => link.updatedAt)];

export async function listRounds({ page, per_page }: PageQuery) {
  const { rows, total } = await roundRecordsPage(page, per_page);
  return { items: rows.map(roundJson), total, lastModified: latestOf(rows.flatMap(roundModified)) };
}

export async function findRound(slug: string) {
  const row = await roundRecordBySlug(slug);
  return row ? { item: roundJson(row), lastModified: latestOf(roundModified(row)) } : null;
}

export async function listParticipants({ page, per_page }: PageQuery) {
  const { rows, total } = await participantRecordsPage(page, per_page);
  return { items: rows.map(participantJson), total, lastModified: latestOf(rows.flatMap(participantModified)) };
}

export async function findParticipant(slug: string) {
  const row = await participantRecordBySlug(slug);
  return row ? { item: participantJson(row), lastModified: latestOf(participantModified(row)) } : null;
}

export async function listIssues({ page, per_page }: PageQuery) {
  const { rows, total } = await issueRecordsPage(page, per_page);
  return { items: rows.map(issueJson), total, lastModified: latestOf(rows.flatMap(issueModified)) };
}

export async function findIssue(slug: string) {
  const row = await issueRecordBySlug(slug);
  return row ? { item: issueJson(row), lastModified: latestOf(issueModified(row)) } : null;
}

export async function listDeadlines({ page, per_page }: PageQuery) {
  const { rows, total } = await deadlineRecordsPage(page, per_page);
  return { items: rows.map(deadlineJson), total, lastModified: latestOf(rows.flatMap(deadlineModified)) };
}

export async function findDeadline(slug: string) {
  const row = await deadlineRecordBySlug(slug);
  return row ? { item: deadlineJson(row), lastModified: latestOf(deadlineModified(row)) } : null;
}

/** Tariff changes are few and each one's headline depends on all before it: read all, then page. */
export async function listTariffChangesPage({ page, per_page }: PageQuery) {
  const changes = await listTariffChanges();
  const start = (page - 1) * per_page;
  const items = tariffChangesJson(changes).slice(start, start + per_page);
  const shown = new Set(items.map((i) => i.id));
  return {
    items,
    total: changes.length,
    lastModified: latestOf(changes.filter((c) => shown.has(c.id)).map((c) => c.updatedAt)),
  };
}

export async function listUpdates({ page, per_page }: PageQuery) {
  const { rows, total } = await updateRecordsPage(page, per_page);
  return { items: rows.map(updateJson), total, lastModified: latestOf(rows.map((u) => u.updatedAt)) };
}

export async function findUpdate(slug: string) {
  const row = await updateRecordBySlug(slug);
  return row ? { item: updateJson(row), lastModified: row.updatedAt } : null;
}

/** Sources record no edits, only when they were added. */
export async function listSources({ page, per_page }: PageQuery) {
  const { rows, total } = await sourceRecordsPage(page, per_page);
  return { items: rows.map(sourceJson), total, lastModified: latestOf(rows.map((s) => s.createdAt)) };
}
