import type { SubmissionEntry, SubmissionStatus } from '../api/schemas.js';
import { periodOf, reportDueDate, reportReferenceDate } from '../schedule/due-date.js';
import { isOverdue } from '../schedule/overdue.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';
import type { ReportStatus } from '../schemas/report.js';
import { indexRegistry } from '../succession/registry-index.js';
import { resolveAgency } from '../succession/resolve.js';
import { type Obligation, reportObligations } from './obligations.js';
import { reviewingAgencyId } from './reviewer.js';

/** A filed report as the tracker needs it. */
export interface FiledReport {
  id: string;
  /** Agency that made the report, as it was (a predecessor's id stays a predecessor's id). */
  agencyId: string;
  status: ReportStatus;
  submittedAt: string | null;
}

/** Input of {@link reportCompleteness}. */
export interface CompletenessInput {
  plan: Pick<Plan, 'id' | 'assignments' | 'reporting' | 'issuer'>;
  registry: OrganizationRegistry;
  /**
   * The period: a key (`2026-H1`) or a year for the yearly report — named `year` as the routes'
   * parameter is, so callers written before periods existed are unchanged.
   */
  year: string | number;
  /** Reports of that plan and period. */
  reports: readonly FiledReport[];
  now: Date;
}

// When an agency has several reports for a year (its own and a predecessor's), the furthest
// along speaks for it.
const rank: Record<ReportStatus, number> = { draft: 0, returned: 1, submitted: 2, accepted: 3 };

/**
 * Who has filed the yearly report (tình hình nộp báo cáo), in the shape of
 * `SubmissionStatusSchema`: due date from the plan (null when it sets none: nothing is then
 * overdue), one entry per agency owing a report at that
 * date (successors of the agencies the plan named), the report that counts for it — its own or
 * one filed under a predecessor's id it answers for — and whether it is overdue in the plan's
 * time zone. The reviewer is the one {@link reviewingAgencyId} names.
 * @throws {UnknownEntityError} when the plan names an agency not in the registry.
 */
export function reportCompleteness(input: CompletenessInput): SubmissionStatus {
  const { plan, registry, now } = input;
  const { year, key } = periodOf(input.year);
  const dueDate = reportDueDate(plan, key);
  const date = reportReferenceDate(plan, key);
  const { owing, unenumerated } = reportObligations(plan, registry, date);
  const reviewerAgencyId = reviewingAgencyId(plan, registry, key);
  const filed = reportsByOwner(input.reports, owing, registry, date);
  const entries = owing.map((o): SubmissionEntry => {
    const r = filed.get(o.agencyId);
    return {
      agencyId: o.agencyId,
      assignedAs: o.assignedAs,
      reportId: r?.id ?? null,
      status: r?.status ?? 'missing',
      overdue: isOverdue(plan, key, now, r?.submittedAt ?? null),
      submittedAt: r?.submittedAt ?? null,
    };
  });
  return {
    planId: plan.id,
    year,
    period: key,
    dueDate,
    asOf: now.toISOString(),
    reviewerAgencyId,
    entries,
    unenumerated,
  };
}

/**
 * Best report per owing agency. A report counts for an entry when filed under the entry's own
 * id, or under an id the entry answers for (a predecessor named in the plan — for a split
 * predecessor, every side it covered), or under an id that resolves to the entry.
 */
function reportsByOwner(
  reports: readonly FiledReport[],
  owing: readonly Obligation[],
  registry: OrganizationRegistry,
  date: string,
): Map<string, FiledReport> {
  const owners = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = owners.get(from);
    if (list === undefined) owners.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const o of owing) {
    add(o.agencyId, o.agencyId);
    for (const x of o.assignedAs) add(x.agencyId, o.agencyId);
  }
  const { agencies } = indexRegistry(registry);
  const best = new Map<string, FiledReport>();
  for (const r of reports) {
    let to = owners.get(r.agencyId);
    if (to === undefined && agencies.has(r.agencyId)) to = [resolveAgency(registry, r.agencyId, date).id];
    for (const owner of to ?? []) {
      const cur = best.get(owner);
      if (cur === undefined || better(r, cur)) best.set(owner, r);
    }
  }
  return best;
}

function better(a: FiledReport, b: FiledReport): boolean {
  if (rank[a.status] !== rank[b.status]) return rank[a.status] > rank[b.status];
  // Instants may carry different offsets (Z, +07:00): compare them as instants, not as text.
  return Date.parse(a.submittedAt ?? '') > Date.parse(b.submittedAt ?? '');
}
