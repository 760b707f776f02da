import { type Report, reportCompleteness, reportPeriodKey, type SubmissionStatus } from '@kehoach/sdk';
import { type DemoData, demo } from '../fixtures/demo.js';

/** Submission status plus the demo flag (extra keys pass the contract's schema untouched). */
export type DemoSubmissionStatus = SubmissionStatus & { illustrative: true };

/**
 * Who has filed for `year` at `now`, from a set of reports (default the demo's), in the shape of
 * the `getSubmissions` response — computed by the sdk's `reportCompleteness`, as on the server.
 */
export function computeSubmissions(
  data: Pick<DemoData, 'plan' | 'registry'>,
  reports: readonly Report[],
  /** A period key (`2026-H1`), or a year for the yearly report. */
  year: string | number,
  now: Date,
): DemoSubmissionStatus {
  const status = reportCompleteness({
    plan: data.plan,
    registry: data.registry,
    year,
    now,
    reports: reports
      .filter((r) => r.planId === data.plan.id && reportPeriodKey(r) === String(year))
      .map((r) => ({ id: r.id, agencyId: r.agencyId, status: r.status, submittedAt: r.submittedAt })),
  });
  return { ...status, illustrative: true };
}

/**
 * The demo's submission status for `year` (default 2026) at `now` (default the demo's "today",
 * 28 Nov 2026; pass `demo.overdueNow` for the overdue scenario).
 */
export function buildSubmissions(
  year: number = demo.year,
  now: Date | string = demo.now,
): DemoSubmissionStatus {
  return computeSubmissions(demo, demo.reports, year, typeof now === 'string' ? new Date(now) : now);
}
