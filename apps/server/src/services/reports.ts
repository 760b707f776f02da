import { randomUUID } from 'node:crypto';
import {
  etagOf,
  type FieldComment,
  fieldCommentErrors,
  type IfMatch,
  type Report,
  type ReportContent,
  type ReportEvent,
  type ReturnedVersion,
} from '@kehoach/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable, Database, ReportsTable, UsersTable } from '../db/schema.js';
import { HttpError, MESSAGES, validationFailed } from '../http/errors.js';
import { currentPlanVersion } from './plan-versions.js';
import { lockRowsRead } from './tx.js';

type Q = Kysely<Database> | Transaction<Database>;
type EventType = ReportEvent['type'];

export interface Actor {
  user: UsersTable;
  /** Agency the account acts for in this step. */
  agencyId: string;
}

export const REPORT_EVENT_TYPES: readonly EventType[] = [
  'created',
  'saved',
  'submitted',
  'returned',
  'accepted',
];

function preconditionFailed(current: number | null): HttpError {
  return new HttpError('precondition_failed', MESSAGES.precondition_failed, undefined, {
    headers: current === null ? {} : { ETag: etagOf(current) },
    body: { currentVersion: current },
  });
}

type AuditRow = Pick<AuditLogTable, 'action' | 'at' | 'user_id' | 'user_name' | 'agency_id' | 'detail'>;

/** A report's event as the API shows it, from its audit-log row. */
function eventOf(e: AuditRow): ReportEvent {
  const detail = e.detail ? (JSON.parse(e.detail) as { comment?: string; fields?: FieldComment[] }) : {};
  return {
    type: e.action as EventType,
    at: e.at,
    by: { userId: e.user_id ?? 'system', name: e.user_name ?? '', agencyId: e.agency_id ?? 'system' },
    ...(detail.comment !== undefined ? { comment: detail.comment } : {}),
    ...(detail.fields !== undefined ? { fields: detail.fields } : {}),
  };
}

/** Log `steps` of `report` (one insert, in order) and return them as events. */
async function appendEvents(
  q: Q,
  report: { id: string; plan_id: string; year: number; period: string },
  steps: { type: EventType; detail: { version: number; comment?: string; fields?: FieldComment[] } }[],
  actor: Actor,
  at: string,
): Promise<ReportEvent[]> {
  const rows = steps.map((step) => ({
    at,
    user_id: actor.user.id,
    user_name: actor.user.name,
    agency_id: actor.agencyId,
    action: step.type,
    entity_type: 'report',
    entity_id: report.id,
    detail: JSON.stringify({
      ...step.detail,
      planId: report.plan_id,
      year: report.year,
      period: report.period,
    }),
  }));
  await q.insertInto('audit_log').values(rows).execute();
  return rows.map(eventOf);
}

/** A stored report and its events, as the API returns it. */
function reportOf(row: ReportsTable, events: ReportEvent[]): Report {
  return {
    id: row.id,
    planId: row.plan_id,
    year: row.year,
    period: row.period,
    agencyId: row.agency_id,
    status: row.status,
    version: row.version,
    content: JSON.parse(row.content) as ReportContent,
    events,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    // Demo reports say so, as demo observations do.
    ...(row.illustrative === 1 ? { illustrative: true } : {}),
  } as Report;
}

/** A stored report with its events (read from the audit log), as the API returns it. */
export async function toReport(q: Q, row: ReportsTable): Promise<Report> {
  const events = await q
    .selectFrom('audit_log')
    .select(['action', 'at', 'user_id', 'user_name', 'agency_id', 'detail'])
    .where('entity_type', '=', 'report')
    .where('entity_id', '=', row.id)
    .orderBy('id')
    .execute();
  return reportOf(
    row,
    events.filter((e) => (REPORT_EVENT_TYPES as string[]).includes(e.action)).map(eventOf),
  );
}

/** A report a write has just stored, with the response it answers. */
export interface Written {
  row: ReportsTable;
  report: Report;
}

/**
 * The report after a write. A report created by this write has exactly the events the write
 * appended, so they are not read back; otherwise its earlier events are read from the log.
 */
function written(q: Q, row: ReportsTable, created: ReportEvent[] | null): Promise<Written> | Written {
  if (created) return { row, report: reportOf(row, created) };
  return toReport(q, row).then((report) => ({ row, report }));
}

/**
 * A report by plan, period (`2026`, `2026-H1`) and agency; inside a transaction on PostgreSQL,
 * locked (`FOR UPDATE`).
 */
export async function findReport(q: Q, planId: string, period: string, agencyId: string) {
  return q
    .selectFrom('reports')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('period', '=', period)
    .where('agency_id', '=', agencyId)
    .$if(lockRowsRead(q), (qb) => qb.forUpdate())
    .executeTakeFirst();
}

/** A report by id; inside a transaction on PostgreSQL, locked (`FOR UPDATE`). */
export async function findReportById(q: Q, id: string) {
  return q
    .selectFrom('reports')
    .selectAll()
    .where('id', '=', id)
    .$if(lockRowsRead(q), (qb) => qb.forUpdate())
    .executeTakeFirst();
}

function assertEditable(row: ReportsTable): void {
  if (row.status === 'accepted') throw new HttpError('conflict', MESSAGES.accepted_read_only);
  if (row.status === 'submitted') throw new HttpError('conflict', MESSAGES.already_submitted);
}

function assertIfMatch(row: ReportsTable, ifMatch: IfMatch): void {
  if (ifMatch === null) throw new HttpError('precondition_required');
  if (ifMatch !== 'any' && !ifMatch.includes(row.version)) throw preconditionFailed(row.version);
}

/** Update a report only if it still has the version read (safe without serialisable isolation). */
async function updateReport(q: Q, row: ReportsTable, set: Partial<ReportsTable>): Promise<ReportsTable> {
  const next = { ...row, ...set, version: row.version + 1 };
  const res = await q
    .updateTable('reports')
    .set({ ...set, version: next.version })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw preconditionFailed(null);
  return next;
}

async function createReport(
  q: Q,
  input: {
    planId: string;
    year: number;
    period: string;
    agencyId: string;
    content: ReportContent;
    status: 'draft' | 'submitted';
  },
  actor: Actor,
  now: string,
): Promise<{ row: ReportsTable; events: ReportEvent[] }> {
  const row: ReportsTable = {
    id: `rpt_${randomUUID()}`,
    plan_id: input.planId,
    year: input.year,
    period: input.period,
    agency_id: input.agencyId,
    status: input.status,
    version: 1,
    content: JSON.stringify(input.content),
    created_at: now,
    updated_at: now,
    submitted_at: input.status === 'submitted' ? now : null,
    illustrative: 0,
    // Written against the plan as it is now; a later version of the plan does not change it.
    plan_version: await currentPlanVersion(q, input.planId),
  };
  await q.insertInto('reports').values(row).execute();
  const steps: { type: EventType; detail: { version: number } }[] = [
    { type: 'created', detail: { version: 1 } },
  ];
  // A report submitted at once: its `submitted` event follows `created` in the same insert.
  if (input.status === 'submitted') steps.push({ type: 'submitted', detail: { version: 1 } });
  return { row, events: await appendEvents(q, row, steps, actor, now) };
}

/** What a reporter's write names: the plan, the period (its key and its year) and the content. */
export interface OwnReportInput {
  planId: string;
  year: number;
  period: string;
  content: ReportContent;
  ifMatch: IfMatch;
}

/**
 * Write the actor's agency report with `content`: create it when there is none yet (If-Match must
 * be absent), otherwise update it under If-Match. `saved` keeps it a draft, `submitted` submits it.
 */
async function writeOwnReport(
  q: Q,
  input: OwnReportInput,
  step: 'saved' | 'submitted',
  actor: Actor,
  now: string,
): Promise<Written> {
  const existing = await findReport(q, input.planId, input.period, actor.agencyId);
  if (!existing) {
    if (input.ifMatch !== null) throw preconditionFailed(null);
    const status = step === 'submitted' ? 'submitted' : 'draft';
    const { row, events } = await createReport(q, { ...input, agencyId: actor.agencyId, status }, actor, now);
    return written(q, row, events);
  }
  assertEditable(existing);
  assertIfMatch(existing, input.ifMatch);
  const content = JSON.stringify(input.content);
  const next = await updateReport(
    q,
    existing,
    step === 'submitted'
      ? { content, status: 'submitted', updated_at: now, submitted_at: now }
      : { content, updated_at: now },
  );
  await appendEvents(q, next, [{ type: step, detail: { version: next.version } }], actor, now);
  return written(q, next, null);
}

/** Save the draft of the actor's agency: create it, or update it under If-Match. */
export function saveDraft(q: Q, input: OwnReportInput, actor: Actor, now: string): Promise<Written> {
  return writeOwnReport(q, input, 'saved', actor, now);
}

/** Submit the actor's report with `content` (creating it when there is none yet). */
export function submitReport(q: Q, input: OwnReportInput, actor: Actor, now: string): Promise<Written> {
  return writeOwnReport(q, input, 'submitted', actor, now);
}

/**
 * Reviewer's step on a submitted report: return with a comment (and comments on single fields or
 * rows, each of which must name a row or field the report holds: otherwise nothing is stored),
 * or accept. A return keeps what the report held (`report_returns`), for the diff of the
 * resubmission.
 */
export async function review(
  q: Q,
  row: ReportsTable,
  step: 'returned' | 'accepted',
  actor: Actor,
  now: string,
  comment?: string,
  fields?: FieldComment[],
): Promise<Written> {
  if (row.status === 'accepted') throw new HttpError('conflict', MESSAGES.accepted_read_only);
  if (row.status !== 'submitted') throw new HttpError('conflict', MESSAGES.not_submitted);
  const held = fields?.length ? fieldCommentErrors(JSON.parse(row.content) as ReportContent, fields) : [];
  if (held.length > 0) throw validationFailed(held);
  const next = await updateReport(q, row, { status: step, updated_at: now });
  if (step === 'returned')
    await q
      .insertInto('report_returns')
      .values({ report_id: row.id, version: next.version, returned_at: now, content: row.content })
      .execute();
  const detail = {
    version: next.version,
    ...(comment !== undefined ? { comment } : {}),
    ...(fields?.length ? { fields } : {}),
  };
  await appendEvents(q, next, [{ type: step, detail }], actor, now);
  return written(q, next, null);
}

/** What the report held when it was last returned, or null when it never was. */
export async function returnedVersion(q: Q, reportId: string): Promise<ReturnedVersion | null> {
  const r = await q
    .selectFrom('report_returns')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  return {
    reportId: r.report_id,
    version: r.version,
    returnedAt: r.returned_at,
    content: JSON.parse(r.content) as ReportContent,
  };
}
