import {
  type Agency,
  type AggregateCell,
  aggregateBySeries,
  closesYear,
  documentKindMessages,
  localDate,
  localDateTime,
  type Measure,
  type MeasureProgress,
  type PartialDate,
  type Period,
  type Plan,
  periodLabel,
  periodOf,
  planCatalog,
  planMeasures,
  planUnitId,
  type ReportContent,
  reportCompleteness,
  type SubmissionStatus,
  seriesKey,
  seriesTargets,
  type TargetSet,
} from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { sortByText } from '../db/order.js';
import type { Database } from '../db/schema.js';
import type { PlanBundle } from '../services/bundles.js';
import { reviewerAgencyId } from '../services/plan-logic.js';
import { computeProgress, periodObservations } from '../services/progress.js';

/** An accepted report (báo cáo đã được chấp nhận): the only content an export consolidates. */
export interface IncludedReport {
  id: string;
  agencyId: string;
  agencyName: string;
  status: 'accepted';
  submittedAt: string | null;
  content: ReportContent;
}

/** Everything the consolidated provincial report is built from, in one place. */
export interface Consolidated {
  bundle: PlanBundle;
  /** The period reported on (kỳ báo cáo): only its reports are consolidated. */
  period: Period;
  /** The period's year: the year whose progress the targets section shows. */
  year: number;
  /** Today in the plan's time zone (YYYY-MM-DD). */
  today: string;
  /** When the export was made, wall clock of the plan's time zone with its offset (ISO 8601). */
  generatedAt: string;
  unitId: string;
  unitName: string;
  reviewer: Agency | undefined;
  measures: { measure: Measure; indicatorNumber: number; progress: MeasureProgress }[];
  /**
   * For a period that does not close its year (`2026-H1`, `2026-Q1`…`Q3`): the period's own
   * figures at the report's unit, by `measureId\nseriesKey` — its accepted reports' values and the
   * stored observations of the period, aggregated as a year's are — shown beside the yearly
   * progress, which they never enter. Absent for a period that closes the year (its figures are
   * the year's).
   */
  periodFigures?: ReadonlyMap<string, AggregateCell>;
  illustrative: boolean;
  /**
   * Accepted reports only. Submitted (not yet reviewed), returned and draft reports are not
   * consolidated: the submissions table says, for every agency, which state its report is in.
   */
  reports: IncludedReport[];
  submissions: SubmissionStatus;
  agencyName(id: string): string;
}

/**
 * The consolidated report of `period` (a period read against the plan, or its key; a year for
 * the yearly report): the accepted reports of that period, its submissions and due date, and the
 * progress of its year.
 */
export async function consolidate(
  db: Kysely<Database>,
  bundle: PlanBundle,
  periodOrKey: Period | string | number,
  now: Date,
): Promise<Consolidated> {
  const period = typeof periodOrKey === 'object' ? periodOrKey : periodOf(periodOrKey);
  const year = period.year;
  const today = localDate(now, bundle.plan.reporting.timeZone);
  const unitId = planUnitId(bundle.plan, bundle.registry, now);
  const agencies = new Map(bundle.registry.agencies.map((a) => [a.id, a]));
  const agencyName = (id: string) => agencies.get(id)?.name.vi ?? id;
  const progress = await computeProgress(db, bundle, { year, unitId, now });
  const figures = closesYear(period) ? undefined : await periodTotals(db, bundle, period.key, unitId, now);
  const byMeasure = new Map(progress.measures.map((m) => [m.measureId, m]));
  const indicatorOf = new Map<string, number>();
  for (const o of planCatalog(bundle.plan, bundle.catalog).objectives)
    for (const i of o.indicators) for (const m of i.measures) indicatorOf.set(m.id, i.number);
  const rows = sortByText(
    await db
      .selectFrom('reports')
      .selectAll()
      .where('plan_id', '=', bundle.plan.id)
      .where('period', '=', period.key)
      .execute(),
    (r) => r.agency_id,
  );
  const submissions = reportCompleteness({
    plan: bundle.plan,
    registry: bundle.registry,
    year: period.key,
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
    period,
    year,
    today,
    generatedAt: localDateTime(now, bundle.plan.reporting.timeZone),
    unitId,
    unitName: bundle.registry.units.find((u) => u.id === unitId)?.name.vi ?? unitId,
    reviewer: agencies.get(reviewerAgencyId(bundle, period.key)),
    measures: planMeasures(bundle.plan, bundle.catalog).map(({ measure }) => ({
      measure,
      indicatorNumber: indicatorOf.get(measure.id) ?? 0,
      progress: byMeasure.get(measure.id) as MeasureProgress,
    })),
    ...(figures ? { periodFigures: figures } : {}),
    illustrative: progress.illustrative,
    reports: rows
      .filter((r): r is typeof r & { status: 'accepted' } => r.status === 'accepted')
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

/** The period's figures at `unitId`, by `measureId\nseriesKey` (cells with a value only). */
async function periodTotals(
  db: Kysely<Database>,
  bundle: PlanBundle,
  period: string,
  unitId: string,
  now: Date,
): Promise<Map<string, AggregateCell>> {
  const asOf = localDate(now, bundle.plan.reporting.timeZone);
  const observations = await periodObservations(db, bundle, period, asOf);
  const { series } = aggregateBySeries({
    registry: bundle.registry,
    measures: planMeasures(bundle.plan, bundle.catalog).map((m) => m.measure),
    observations,
    targets: [unitId],
    asOf,
  });
  return new Map(
    series.flatMap((x) =>
      x.cells
        .filter((c) => c.unitId === unitId && c.value !== null)
        .map((c) => [`${c.measureId}\n${x.key}`, c] as const),
    ),
  );
}

/**
 * The period's figure of a measure's series (`series` '' the total) with its unit, "—" when the
 * period has none; null when the export has no period column (a period closing its year).
 */
export function periodFigureText(c: Consolidated, measure: Measure, series = ''): string | null {
  if (!c.periodFigures) return null;
  const value = periodValue(c, measure, series);
  return value === null ? '—' : withUnit(measure, value);
}

/** The period's value of a measure's series, rounded as the workbook shows figures; null when none. */
export function periodValue(c: Consolidated, measure: Measure, series = ''): number | null {
  const value = c.periodFigures?.get(`${measure.id}\n${series}`)?.value;
  return value == null ? null : Math.round(value * 100) / 100;
}

export const UNIT_LABEL: Record<Measure['unit']['kind'], string> = {
  percent: '%',
  per_1000: '‰',
  per_100000: '/100.000',
  count: 'số lượng',
};

/** A value with its unit: "97 %", "14,5 ‰", "12 /100.000 trẻ em", "35" for a count. */
export function withUnit(measure: Measure, value: number): string {
  const n = formatNumber(value);
  switch (measure.unit.kind) {
    case 'percent':
      return `${n} %`;
    case 'per_1000':
      return `${n} ‰`;
    case 'per_100000':
      return `${n} /100.000${measure.unit.denominator ? ` ${measure.unit.denominator.vi}` : ''}`;
    case 'count':
      return n;
  }
}

/**
 * "≥ 97 %" for a level target of `year` (with the measure's unit; "giai đoạn 2021–2025" for a
 * phase), "" when none. `measure` carries the targets in force for the plan (`planMeasures`);
 * with `other` (a progress entry's `otherTargets`: the catalog's, which the plan overrides) its
 * target of that year follows with its provenance: "≥ 98 % (23/QĐ-TTg: ≥ 97 %)".
 */
export function targetText(measure: Measure, year: number, other?: TargetSet): string {
  const own = ownTargetText(measure, year);
  const kept = other ? ownTargetText({ ...measure, targets: other.targets }, year) : '';
  return kept && kept !== own ? `${own || '—'} (${other!.document ?? 'văn bản gốc'}: ${kept})` : own;
}

function ownTargetText(measure: Measure, year: number, series = ''): string {
  // The targets of one series: the total's (no categories), or a category's (`seriesKey`).
  const targets = seriesTargets(measure.targets, series);
  const t = targets.find((x) => (x.kind === 'level' || x.kind === 'maintain') && x.year === year);
  if (t && 'value' in t)
    return `${t.comparator} ${withUnit(measure, t.value)}${t.kind === 'maintain' ? ' (duy trì)' : ''}${
      t.phaseFrom === undefined ? '' : ` (giai đoạn ${t.phaseFrom}–${t.year})`
    }`;
  const y = targets.find((x) => x.kind === 'yearly_change');
  if (y && y.kind === 'yearly_change' && year >= y.fromYear && year <= y.toYear)
    return `${measure.direction === 'decrease' ? 'giảm' : 'tăng'} ≥ ${formatNumber(y.minPercent)} %/năm`;
  return '';
}

/**
 * A date as the document gives it, blanks kept blank (Decree 30/2020: a leading zero for days
 * below 10 and for months 1 and 2): { year: 2021, month: 2 } is "ngày … tháng 02 năm 2021".
 */
export function partialDateText(d: PartialDate): string {
  const day = d.day === undefined ? '…' : String(d.day).padStart(2, '0');
  const month = d.month === undefined ? '…' : d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/**
 * The plan's kind, number and date as issued: "Kế hoạch số    /KH-UBND ngày … tháng 02 năm 2021"
 * when the original leaves the number and the day blank; without "số …" when the bundle has no
 * number at all ("Chương trình ngày 15 tháng 3 năm 2026").
 */
export function planReference(plan: Plan): string {
  const code = plan.number?.asIssued.replace(/^Số:\s*/i, '').replace(/^\//, '      /');
  return `${documentKindMessages[plan.kind].vi}${code ? ` số ${code}` : ''} ${partialDateText(plan.issued)}`;
}

/**
 * The subject line (trích yếu) of a period's report, said once: "Kết quả thực hiện Kế hoạch
 * triển khai thực hiện Chương trình … năm 2026" ("… 6 tháng đầu năm 2026" for `2026-H1`: the
 * sdk's `periodLabel`); the plan's title follows its kind, as on the plan itself ("KẾ HOẠCH /
 * Triển khai thực hiện …").
 */
export function reportSubject(plan: Plan, period: string | number): string {
  return `Kết quả thực hiện ${documentKindMessages[plan.kind].vi} ${lowerFirst(plan.title.vi)} ${periodLabel(period, 'vi')}`;
}

/** "Năm 2026", "6 tháng đầu năm 2026", "Quý III năm 2026": the period heading a sentence. */
export function periodSentenceStart(period: string | number): string {
  const label = periodLabel(period, 'vi');
  return `${label.charAt(0).toLocaleUpperCase('vi')}${label.slice(1)}`;
}

/** "Triển khai thực hiện …" → "triển khai thực hiện …", to follow a noun in a sentence. */
export function lowerFirst(text: string): string {
  return `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;
}

/**
 * "10:00 ngày 20/11/2026 (UTC+07:00)" from an instant: the wall clock of the plan's time zone
 * (sdk `localDateTime`), with the offset so no one reads it as another zone's time.
 */
export function timeText(instant: string, timeZone: string): string {
  const local = localDateTime(instant, timeZone);
  const [date = '', clock = ''] = local.split('T');
  const [y, m, d] = date.split('-');
  return `${clock.slice(0, 5)} ngày ${d}/${m}/${y} (UTC${clock.slice(8)})`;
}

/** Vietnamese number format: comma as decimal separator, dots between thousands. */
export function formatNumber(n: number, digits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
}

/** Latest value at or before the year. */
/**
 * The rows of a measure's figures by category (phân tổ) under its own row: "4a (Nam)", the
 * category's latest point, its targets and its own assessment (the progress `breakdown`).
 */
export function categoryRows(c: Consolidated, measure: Measure, progress: MeasureProgress) {
  const dimensions = c.bundle.catalog.dimensions ?? [];
  return (progress.breakdown ?? []).map((row) => {
    const label = Object.entries(row.categories)
      .map(([d, id]) => {
        const dimension = dimensions.find((x) => x.id === d);
        return dimension?.categories.find((x) => x.id === id)?.title.vi ?? String(id);
      })
      .join(', ');
    const series = seriesKey(row.categories);
    return {
      code: `${measure.code} (${label})`,
      title: `${measure.title.vi} — ${label}`,
      point: latestPoint(row, c.year),
      target: (year: number) => ownTargetText(measure, year, series),
      status: row.assessment.status,
      series,
    };
  });
}

export function latestPoint(p: Pick<MeasureProgress, 'series'>, year: number) {
  const pts = p.series.filter((s) => s.year <= year);
  return pts.length ? pts[pts.length - 1] : undefined;
}

export function budgetBySource(c: Consolidated) {
  return (c.bundle.plan.funding ?? [])
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
