import {
  etagOf,
  type FieldComment,
  fieldCommentErrors,
  type IfMatch,
  type Report,
  type ReportContent,
  type ReportEvent,
  reportPeriodKey,
} from '@kehoach/sdk';
import type { DemoUser } from '../fixtures/users.js';
import { usernameFor } from '../fixtures/users.js';
import { MESSAGES, MockHttpError, validationFailed } from './respond.js';
import type { MockState } from './state.js';

/** 412 with the current version in the ETag header and the body, as the server sends it. */
const preconditionFailed = (current: number | null) =>
  new MockHttpError('precondition_failed', MESSAGES.precondition_failed, undefined, {
    headers: current === null ? {} : { ETag: etagOf(current) },
    body: { currentVersion: current },
  });

/** Who does a step, and when. */
export interface Actor {
  user: DemoUser;
  agencyId: string;
  at: string;
}

function event(
  type: ReportEvent['type'],
  actor: Actor,
  comment?: string,
  fields?: FieldComment[],
): ReportEvent {
  return {
    type,
    at: actor.at,
    by: { userId: actor.user.id, name: actor.user.name, agencyId: actor.agencyId },
    ...(comment !== undefined ? { comment } : {}),
    ...(fields?.length ? { fields } : {}),
  };
}

/** The report of an agency for a plan and period (`2026`, `2026-H1`), if any. */
export const findReport = (state: MockState, planId: string, period: string, agencyId: string) =>
  state.reports.find((r) => r.planId === planId && reportPeriodKey(r) === period && r.agencyId === agencyId);

function assertEditable(r: Report): void {
  if (r.status === 'accepted') throw new MockHttpError('conflict', MESSAGES.accepted_read_only);
  if (r.status === 'submitted') throw new MockHttpError('conflict', MESSAGES.already_submitted);
}

function assertIfMatch(r: Report, ifMatch: IfMatch): void {
  if (ifMatch === null) throw new MockHttpError('precondition_required');
  if (ifMatch !== 'any' && !ifMatch.includes(r.version)) throw preconditionFailed(r.version);
}

interface WriteInput {
  planId: string;
  year: number;
  period: string;
  content: ReportContent;
  ifMatch: IfMatch;
}

function create(state: MockState, input: WriteInput, actor: Actor, submit: boolean): Report {
  const report: Report & { illustrative: true } = {
    id: `rpt-${input.period}-${usernameFor(actor.agencyId)}`,
    planId: input.planId,
    year: input.year,
    period: input.period,
    agencyId: actor.agencyId,
    status: submit ? 'submitted' : 'draft',
    version: 1,
    content: structuredClone(input.content),
    events: submit ? [event('created', actor), event('submitted', actor)] : [event('created', actor)],
    updatedAt: actor.at,
    submittedAt: submit ? actor.at : null,
    illustrative: true,
  };
  if (state.reports.some((r) => r.id === report.id)) report.id = `${report.id}-${++state.seq}`;
  state.reports.push(report);
  return report;
}

/** Save the actor's draft: create it (no If-Match), or update it under If-Match. Returns [report, created]. */
export function saveDraft(state: MockState, input: WriteInput, actor: Actor): [Report, boolean] {
  const existing = findReport(state, input.planId, input.period, actor.agencyId);
  if (!existing) {
    if (input.ifMatch !== null) throw preconditionFailed(null);
    return [create(state, input, actor, false), true];
  }
  assertEditable(existing);
  assertIfMatch(existing, input.ifMatch);
  existing.content = structuredClone(input.content);
  existing.version++;
  existing.updatedAt = actor.at;
  existing.events.push(event('saved', actor));
  return [existing, false];
}

/** Submit the actor's report with `content`, creating it when there is none yet. */
export function submitReport(state: MockState, input: WriteInput, actor: Actor): Report {
  const existing = findReport(state, input.planId, input.period, actor.agencyId);
  if (!existing) {
    if (input.ifMatch !== null) throw preconditionFailed(null);
    return create(state, input, actor, true);
  }
  assertEditable(existing);
  assertIfMatch(existing, input.ifMatch);
  existing.content = structuredClone(input.content);
  existing.status = 'submitted';
  existing.version++;
  existing.updatedAt = actor.at;
  existing.submittedAt = actor.at;
  existing.events.push(event('submitted', actor));
  return existing;
}

/** A reviewer's step on a submitted report: return with a comment, or accept. */
export function review(
  report: Report,
  step: 'returned' | 'accepted',
  actor: Actor,
  comment?: string,
  fields?: FieldComment[],
  returned?: MockState['returned'],
): Report {
  if (report.status === 'accepted') throw new MockHttpError('conflict', MESSAGES.accepted_read_only);
  if (report.status !== 'submitted') throw new MockHttpError('conflict', MESSAGES.not_submitted);
  const held = fields?.length ? fieldCommentErrors(report.content, fields) : [];
  if (held.length > 0) throw validationFailed(held);
  report.status = step;
  report.version++;
  report.updatedAt = actor.at;
  report.events.push(event(step, actor, comment, fields));
  if (step === 'returned')
    returned?.set(report.id, {
      reportId: report.id,
      version: report.version,
      returnedAt: actor.at,
      content: structuredClone(report.content),
    });
  return report;
}
