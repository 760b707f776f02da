/**
 * The plan's statistics in the tidy layout (`kehoach data export`, the public observations
 * download): the stored observations that are not illustrative, of the catalog's measures and
 * the registry's units, in catalog, registry, year, period and series order, with a column per
 * dimension of the catalog (blank for a total); `Period` in place of `Year` when any figure is
 * for a period shorter than a year (the year's own figures then say their year); figures of
 * periods of another cadence (another plan's, on the same measures) are not this plan's. Figures are
 * written as stored —
 * the shortest text that reads back as the same number, "98.5" and never "98.50000001" — with
 * `.` as the decimal mark, so that importing the export changes nothing.
 */
import {
  type Cadence,
  categoriesOfKey,
  observationTime,
  planMeasures,
  type TimeColumn,
  tidyColumns,
  tidyCsvHead,
  tidyCsvLine,
  tidyRowCells,
} from '@kehoach/sdk';
import ExcelJS from 'exceljs';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PlanBundle } from '../services/bundles.js';
import { DATA_SHEET } from './read.js';
import { planRules } from './rules.js';

const PAGE = 5000;

/** The catalog's dimension ids: the export's category columns, in the catalog's order. */
const dimensionIds = (bundle: PlanBundle) => (bundle.catalog.dimensions ?? []).map((d) => d.id);

/**
 * Stored periods of a cadence as SQL `like` patterns. Observations belong to no plan: a quarterly
 * plan's quarters of a measure are not a six-monthly plan's statistics, and its import would
 * refuse them, so each plan's export keeps the year's own figures and its own cadence's.
 */
const PERIOD_LIKE: Record<Exclude<Cadence, 'yearly'>, string[]> = {
  six_monthly: ['____-H_'],
  quarterly: ['____-Q_'],
  monthly: ['____-0_', '____-1_'],
};

/** The plan's periods among stored ones: those of its cadence, and the year's own ('') unless `withYear` is false. */
function ofPlanPeriods(bundle: PlanBundle, withYear = true) {
  const cadence = bundle.plan.reporting.frequency;
  const likes = cadence === 'yearly' ? [] : PERIOD_LIKE[cadence];
  return (eb: ExpressionBuilder<Database, 'observations'>) =>
    eb.or([...(withYear ? [eb('period', '=', '')] : []), ...likes.map((l) => eb('period', 'like', l))]);
}

/** `Period` when a statistic of the plan's measures is for one of its periods shorter than a year, else `Year`. */
export async function exportTimeColumn(db: Kysely<Database>, bundle: PlanBundle): Promise<TimeColumn> {
  // The plan's measures (what `ObservationRules` lists), without building its rules.
  const ids = planMeasures(bundle.plan, bundle.catalog).map((m) => m.measure.id);
  if (ids.length === 0 || bundle.plan.reporting.frequency === 'yearly') return 'Year';
  const any = await db
    .selectFrom('observations')
    .select('id')
    .where(ofPlanPeriods(bundle, false))
    .where('illustrative', '=', 0)
    .where('measure_id', 'in', ids)
    .limit(1)
    .executeTakeFirst();
  return any ? 'Period' : 'Year';
}

/** Export lines of the plan, read a page at a time (the whole country is over a million rows). */

export async function* exportLines(
  db: Kysely<Database>,
  bundle: PlanBundle,
): AsyncGenerator<(string | number | null)[]> {
  const rules = planRules(bundle);
  const dims = dimensionIds(bundle);
  const units = new Set(bundle.registry.units.map((u) => u.id));
  for (const measure of rules.measures) {
    let after: { unit: string; year: number; period: string; categories: string } | undefined;
    for (;;) {
      let q = db
        .selectFrom('observations')
        .select([
          'unit_id',
          'year',
          'period',
          'categories',
          'value',
          'numerator',
          'denominator',
          'source',
          'note',
        ])
        .where('measure_id', '=', measure.id)
        .where('illustrative', '=', 0)
        .where(ofPlanPeriods(bundle));
      if (after) {
        // The next page starts after the last row, in the order below (the sdk's compareExportOrder).
        const a = after;
        q = q.where((eb) =>
          eb.or([
            eb('unit_id', '>', a.unit),
            eb.and([eb('unit_id', '=', a.unit), eb('year', '>', a.year)]),
            eb.and([eb('unit_id', '=', a.unit), eb('year', '=', a.year), eb('period', '>', a.period)]),
            eb.and([
              eb('unit_id', '=', a.unit),
              eb('year', '=', a.year),
              eb('period', '=', a.period),
              eb('categories', '>', a.categories),
            ]),
          ]),
        );
      }
      const page = await q
        .orderBy('unit_id')
        .orderBy('year')
        .orderBy('period')
        .orderBy('categories')
        .limit(PAGE)
        .execute();
      for (const r of page)
        if (units.has(r.unit_id))
          yield tidyRowCells(
            [
              observationTime(r),
              measure.code,
              r.unit_id,
              Number(r.value),
              r.numerator === null ? null : Number(r.numerator),
              r.denominator === null ? null : Number(r.denominator),
              r.source,
              r.note,
            ],
            categoriesOfKey(r.categories),
            dims,
          );
      if (page.length < PAGE) break;
      const last = page[page.length - 1]!;
      after = { unit: last.unit_id, year: last.year, period: last.period, categories: last.categories };
    }
  }
}

/**
 * The export as CSV text chunks: a byte-order mark first (Excel then reads the Vietnamese as
 * UTF-8), the header, one line per observation, Windows line ends (RFC 4180).
 */
export async function* exportCsv(db: Kysely<Database>, bundle: PlanBundle): AsyncGenerator<string> {
  yield tidyCsvHead(dimensionIds(bundle), await exportTimeColumn(db, bundle));
  let chunk = '';
  for await (const line of exportLines(db, bundle)) {
    chunk += tidyCsvLine(line);
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The export as a workbook: one sheet `Data`, the same columns, figures as numbers. */
export async function exportXlsx(db: Kysely<Database>, bundle: PlanBundle): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kehoach';
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow(tidyColumns(dimensionIds(bundle), await exportTimeColumn(db, bundle))).font = { bold: true };
  for await (const line of exportLines(db, bundle)) ws.addRow(line.map((c) => c ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
