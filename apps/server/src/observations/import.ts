/**
 * Importing the statistics office's observations (nhập số liệu thống kê): every row of the file
 * checked against the plan by the sdk (`TidyImportCheck`, `ObservationRules`: the same checks the
 * mocks run), written in one transaction — all or nothing — and upserted
 * by measure, unit, year, period ('' for the year's own figure) and series (`seriesKey` of the
 * row's categories), so that importing the same file twice changes nothing. Imported
 * figures are statistics (not illustrative), with the source as given; progress moves in the
 * same transaction (`progressChanged`), and an audit entry says who imported what.
 */
import { type DecimalMark, decimalRule, type ObservationRow, seriesKey, TidyImportCheck } from '@kehoach/sdk';
import type { Kysely, Transaction } from 'kysely';
import { type Database, OBSERVATION_KEY } from '../db/schema.js';
import { OperatorError } from '../operator/problems.js';
import { BundleStore, type PlanBundle } from '../services/bundles.js';
import { progressChanged } from '../services/progress-store.js';
import type { ObservationSource } from './read.js';
import { planRules } from './rules.js';

export interface ObservationImportOptions {
  /** The file's name, as problems name it. */
  file: string;
  now: Date;
  /** The file's decimal mark when the operator says it; else figures must be unambiguous. */
  decimal?: DecimalMark;
  /** Called every few thousand rows with the rows read so far. */
  onProgress?: (rows: number) => void;
  /** Who imports (an API call); the command line is the operator. */
  by?: { userId: string; userName: string };
}

export interface ObservationImportResult {
  added: number;
  changed: number;
  unchanged: number;
  /** Rows without any figure (unfilled lines of a template). */
  blank: number;
}

const BATCH = 400;

/** The plan with its catalog and registry, or an operator error naming it. */
export async function planBundle(db: Kysely<Database>, planId: string): Promise<PlanBundle> {
  const bundle = await new BundleStore(db).bundle(planId);
  if (!bundle)
    throw new OperatorError([
      { vi: `không có kế hoạch ${planId} trong cơ sở dữ liệu`, en: `no plan ${planId} in the database` },
    ]);
  return bundle;
}

interface Stored {
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string | null;
  note: string | null;
  illustrative: number;
}

const same = (a: ObservationRow, b: Stored) =>
  b.illustrative === 0 &&
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.source === b.source &&
  a.note === b.note;

async function write(
  trx: Transaction<Database>,
  rows: ObservationRow[],
  counts: ObservationImportResult,
): Promise<void> {
  if (rows.length === 0) return;
  // One query per measure of the batch, on the unique index (OBSERVATION_KEY): an OR
  // of 400 (measure, unit, year) triples is not an index lookup on SQLite but a scan of the table,
  // which at a million rows made every batch slower than the last.
  const byMeasure = new Map<string, ObservationRow[]>();
  for (const r of rows) {
    const list = byMeasure.get(r.measureId) ?? [];
    byMeasure.set(r.measureId, list);
    list.push(r);
  }
  const existing = [];
  for (const [measureId, list] of byMeasure)
    existing.push(
      ...(await trx
        .selectFrom('observations')
        .selectAll()
        .where('measure_id', '=', measureId)
        .where('unit_id', 'in', [...new Set(list.map((r) => r.unitId))])
        .where('year', 'in', [...new Set(list.map((r) => r.year))])
        .execute()),
    );
  // Every period and series of those units and years: the key (OBSERVATION_KEY) has them.
  const byKey = new Map(
    existing.map((e) => [`${e.measure_id}\n${e.unit_id}\n${e.year}\n${e.period}\n${e.categories}`, e]),
  );
  const writes = [];
  for (const r of rows) {
    const categories = seriesKey(r.categories);
    const period = r.period ?? '';
    const e = byKey.get(`${r.measureId}\n${r.unitId}\n${r.year}\n${period}\n${categories}`);
    if (
      e &&
      same(r, { ...e, value: Number(e.value), numerator: num(e.numerator), denominator: num(e.denominator) })
    ) {
      counts.unchanged++;
      continue;
    }
    if (e) counts.changed++;
    else counts.added++;
    writes.push({
      measure_id: r.measureId,
      unit_id: r.unitId,
      year: r.year,
      period,
      categories,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      illustrative: 0,
      source: r.source,
      note: r.note,
    });
  }
  if (writes.length === 0) return;
  await trx
    .insertInto('observations')
    .values(writes)
    .onConflict((oc) =>
      // A year's own figure has period '', a total series ''.
      oc.columns([...OBSERVATION_KEY]).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        numerator: eb.ref('excluded.numerator'),
        denominator: eb.ref('excluded.denominator'),
        illustrative: 0,
        source: eb.ref('excluded.source'),
        note: eb.ref('excluded.note'),
      })),
    )
    .execute();
}

/** PostgreSQL's driver may hand doubles back as strings in some setups: compare numbers. */
const num = (v: number | null) => (v === null ? null : Number(v));

/**
 * Import the rows of an observations file into the plan's data. Throws `OperatorError` with
 * every problem (up to the sdk's `MAX_IMPORT_PROBLEMS`, then a count) when any row is refused; then
 * nothing was written.
 */
export async function importObservations(
  db: Kysely<Database>,
  planId: string,
  source: ObservationSource,
  options: ObservationImportOptions,
): Promise<ObservationImportResult> {
  const { file } = options;
  const rules = planRules(await planBundle(db, planId));
  const at0 = options.now.toISOString();
  const decimal = decimalRule(source.delimiter, options.decimal);
  return db.transaction().execute(async (trx) => {
    const counts: ObservationImportResult = { added: 0, changed: 0, unchanged: 0, blank: 0 };
    const check = new TidyImportCheck(rules, file, decimal);
    let batch: ObservationRow[] = [];
    for await (const { line, cells } of source.rows) {
      const before = check.rows;
      const row = check.row(line, cells);
      if (check.headerRefused) throw new OperatorError(check.finish());
      if (options.onProgress && check.rows !== before && check.rows % 5000 === 0)
        options.onProgress(check.rows);
      if (row === null || !check.ok) continue; // Nothing is written after a problem; go on finding them.
      batch.push(row);
      if (batch.length >= BATCH) {
        await write(trx, batch, counts);
        batch = [];
      }
    }
    const problems = check.finish();
    if (problems.length > 0) throw new OperatorError(problems); // Rolls the transaction back.
    counts.blank = check.blank;
    const rows = check.rows;
    await write(trx, batch, counts);
    options.onProgress?.(rows);
    if (counts.added + counts.changed > 0) {
      await progressChanged(trx, at0);
      await trx
        .insertInto('audit_log')
        .values({
          at: at0,
          user_id: options.by?.userId ?? null,
          user_name: options.by?.userName ?? null,
          agency_id: null,
          action: 'observations.imported',
          entity_type: 'plan',
          entity_id: planId,
          detail: JSON.stringify({
            file,
            added: counts.added,
            changed: counts.changed,
            unchanged: counts.unchanged,
            by: options.by ? 'api' : 'operator',
          }),
        })
        .execute();
    }
    return counts;
  });
}
