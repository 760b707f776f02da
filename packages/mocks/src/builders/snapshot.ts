import { type PlanSummary, type ProgressStatus, planMeasures, type Report } from '@kehoach/sdk';
import { type DemoData, demo } from '../fixtures/demo.js';
import { buildProgress } from './progress-demo.js';
import { buildSubmissions } from './submissions.js';

/**
 * Kinds of static snapshot: contract response bodies, and the shapes the widgets read at `src`
 * (`indicator-card`, `progress-dashboard`, `task-tracker`, `submission-tracker`, `report-form`).
 */
export const SNAPSHOT_KINDS = [
  'plans',
  'plan',
  'organizations',
  'catalog',
  'progress',
  'submissions',
  'submissions-overdue',
  'indicator-card',
  'progress-dashboard',
  'task-tracker',
  'submission-tracker',
  'report-form',
] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** The `listPlans` entry of a plan. */
export function planSummary(data: Pick<DemoData, 'plan' | 'registry'>): PlanSummary {
  const { plan, registry } = data;
  const issuer = registry.agencies.find((a) => a.id === plan.issuer.agencyId);
  return {
    id: plan.id,
    title: plan.title,
    issuerName: issuer?.name ?? { vi: plan.place ?? plan.issuer.agencyId },
    period: plan.period,
    catalogId: plan.catalogId,
  };
}

/** Measure the indicator-card snapshot shows: under-1 immunisation. */
const CARD_MEASURE = 'qd23.5a';

function indicatorCard(): unknown {
  const measure = planMeasures(demo.plan, demo.catalog).find((p) => p.measure.id === CARD_MEASURE)!.measure;
  const progress = buildProgress({ unitId: 'lam-dong' }).measures.find((m) => m.measureId === CARD_MEASURE)!;
  const unitName = (id: string) => demo.registry.units.find((u) => u.id === id)!.name;
  const communes = demo.registry.units.filter((u) => u.level === 'commune' && u.parentId === 'lam-dong');
  const breakdown = communes.map((u) => {
    const p = buildProgress({ unitId: u.id }).measures.find((m) => m.measureId === CARD_MEASURE)!;
    const status: ProgressStatus = p.assessment.status;
    return { unit: { id: u.id, name: u.name }, latest: p.assessment.latest, status };
  });
  return {
    illustrative: true,
    measure,
    unit: { id: 'lam-dong', name: unitName('lam-dong') },
    progress,
    breakdown,
  };
}

/** The demo year's reports without the demo flag (a widget's snapshot schema takes the contract's `Report`). */
function yearReports(): Report[] {
  return demo.reports.filter((r) => r.year === demo.year).map(({ illustrative: _, ...r }) => r);
}

/** The agency whose report the `report-form` snapshot holds: the one returned with a comment. */
export const formAgencyId = (): string => yearReports().find((r) => r.status === 'returned')!.agencyId;

/**
 * A static JSON snapshot for widgets' `src=` mode and portals without a backend. Every kind but
 * `indicator-card` is exactly the body the API returns for the demo (`progress`: Lâm Đồng, 2026;
 * `submissions`: 2026 at the demo's today, `submissions-overdue`: after the due date);
 * `indicator-card` has the shape `kh-indicator-card` reads (measure, unit, progress, breakdown);
 * `progress-dashboard` the shape `kh-progress-dashboard` reads: the `plan`, `catalog` and
 * `organizations` bodies side by side with `progress` for Lâm Đồng in the demo year and the year before;
 * `task-tracker` the plan, registry and the task part of every report of the demo year;
 * `submission-tracker` the `submissions` body with the registry and the plan's time zone;
 * `report-form` the plan bundle with the report returned to its agency (editable, with a comment).
 * Illustrative data, flagged `illustrative: true` where the shape has room for it.
 */
export function buildSnapshot(kind: SnapshotKind): unknown {
  switch (kind) {
    case 'plans':
      return [planSummary(demo)];
    case 'plan':
      return demo.plan;
    case 'organizations':
      return demo.registry;
    case 'catalog':
      return demo.catalog;
    case 'progress':
      return buildProgress();
    case 'submissions':
      return buildSubmissions();
    case 'submissions-overdue':
      return buildSubmissions(demo.year, demo.overdueNow);
    case 'indicator-card':
      return indicatorCard();
    case 'progress-dashboard':
      return {
        plan: demo.plan,
        catalog: demo.catalog,
        organizations: demo.registry,
        progress: [buildProgress(), buildProgress({ year: demo.year - 1 })],
      };
    case 'task-tracker':
      return {
        plan: demo.plan,
        organizations: demo.registry,
        year: demo.year,
        illustrative: true,
        reports: yearReports().map((r) => ({
          agencyId: r.agencyId,
          status: r.status,
          tasks: r.content.tasks,
        })),
      };
    case 'submission-tracker':
      return {
        submissions: buildSubmissions(),
        organizations: demo.registry,
        timeZone: demo.plan.reporting.timeZone,
        illustrative: true,
      };
    case 'report-form': {
      const agencyId = formAgencyId();
      return {
        plan: demo.plan,
        catalog: demo.catalog,
        registry: demo.registry,
        agencyId,
        report: yearReports().find((r) => r.agencyId === agencyId),
      };
    }
  }
}
