import {
  type Agency,
  catalogMeasures,
  localDate,
  type Measure,
  type MeasureProgress,
  planUnitId,
  type ReportContent,
  reportCompleteness,
  type SubmissionStatus,
} from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { sortByText } from '../db/order.js';
import type { Database } from '../db/schema.js';
import type { PlanBundle } from '../services/bundles.js';
import { reviewerAgencyId } from '../services/plan-logic.js';
import { computeProgress } from '../services/progress.js';

export interface IncludedReport {
  id: string;
  agencyId: string;
  agencyName: string;
  status: 'submitted' | 'accepted';
  submittedAt: string | null;
  content: ReportContent;
}

/** Everything the consolidated provincial report is built from, in one place. */
export interface Consolidated {
  bundle: PlanBundle;
  year: number;
  /** Today in the plan's time zone (YYYY-MM-DD). */
  today: string;
  unitId: string;
  unitName: string;
  reviewer: Agency | undefined;
  measures: { measure: Measure; indicatorNumber: number; progress: MeasureProgress }[];
  illustrative: boolean;
  /** Submitted and accepted reports; drafts and returned reports are not consolidated. */
  reports: IncludedReport[];
  submissions: SubmissionStatus;
  agencyName(id: string): string;
}

export async function consolidate(
  db: Kysely<Database>,
  bundle: PlanBundle,
  year: number,
  now: Date,
): Promise<Consolidated> {
  const today = localDate(now, bundle.plan.reporting.timeZone);
  const unitId = planUnitId(bundle.plan, bundle.registry, now);
  const agencies = new Map(bundle.registry.agencies.map((a) => [a.id, a]));
  const agencyName = (id: string) => agencies.get(id)?.name.vi ?? id;
  const progress = await computeProgress(db, bundle, { year, unitId, now });
  const byMeasure = new Map(progress.measures.map((m) => [m.measureId, m]));
  const indicatorOf = new Map<string, number>();
  for (const o of bundle.catalog.objectives)
    for (const i of o.indicators) for (const m of i.measures) indicatorOf.set(m.id, i.number);
  const rows = sortByText(
    await db
      .selectFrom('reports')
      .selectAll()
      .where('plan_id', '=', bundle.plan.id)
      .where('year', '=', year)
      .execute(),
    (r) => r.agency_id,
  );
  const submissions = reportCompleteness({
    plan: bundle.plan,
    registry: bundle.registry,
    year,
    now,
    reports: rows.map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      status: r.status,
      submittedAt: r.submitted_at,
    })),
  });
  return {
    bundle,
    year,
    today,
    unitId,
    unitName: bundle.registry.units.find((u) => u.id === unitId)?.name.vi ?? unitId,
    reviewer: agencies.get(reviewerAgencyId(bundle, year)),
    measures: catalogMeasures(bundle.catalog).map((measure) => ({
      measure,
      indicatorNumber: indicatorOf.get(measure.id) ?? 0,
      progress: byMeasure.get(measure.id) as MeasureProgress,
    })),
    illustrative: progress.illustrative,
    reports: rows
      .filter(
        (r): r is typeof r & { status: 'submitted' | 'accepted' } =>
          r.status === 'submitted' || r.status === 'accepted',
      )
      .map((r) => ({
        id: r.id,
        agencyId: r.agency_id,
        agencyName: agencyName(r.agency_id),
        status: r.status,
        submittedAt: r.submitted_at,
        content: JSON.parse(r.content) as ReportContent,
      })),
    submissions,
    agencyName,
  };
}

export const UNIT_LABEL: Record<Measure['unit']['kind'], string> = {
  percent: '%',
  per_1000: '‰',
  per_100000: '/100.000',
  count: 'số lượng',
};

export const TASK_STATUS_VI: Record<string, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang triển khai',
  completed: 'Hoàn thành',
  not_applicable: 'Không áp dụng',
};

/** "≥ 97" for a level target of `year`, "" when none. */
export function targetText(measure: Measure, year: number): string {
  const t = measure.targets.find((x) => (x.kind === 'level' || x.kind === 'maintain') && x.year === year);
  if (t && 'value' in t)
    return `${t.comparator} ${formatNumber(t.value)}${t.kind === 'maintain' ? ' (duy trì)' : ''}`;
  const y = measure.targets.find((x) => x.kind === 'yearly_change');
  if (y && y.kind === 'yearly_change' && year >= y.fromYear && year <= y.toYear)
    return `giảm ≥ ${formatNumber(y.minPercent)}%/năm`;
  return '';
}

/** Vietnamese number format: comma as decimal separator, dots between thousands. */
export function formatNumber(n: number, digits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
}

/** Latest value at or before the year. */
export function latestPoint(p: MeasureProgress, year: number) {
  const pts = p.series.filter((s) => s.year <= year);
  return pts.length ? pts[pts.length - 1] : undefined;
}

export function budgetBySource(c: Consolidated) {
  return c.bundle.plan.funding
    .filter((f) => f.isSource)
    .map((f) => {
      const lines = c.reports.flatMap((r) =>
        r.content.budget.filter((b) => b.fundingId === f.id).map((b) => ({ ...b, agencyName: r.agencyName })),
      );
      return {
        funding: f,
        lines,
        planned: lines.reduce((s, l) => s + l.planned, 0),
        spent: lines.reduce((s, l) => s + l.spent, 0),
      };
    });
}
