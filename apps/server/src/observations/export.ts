/**
 * The plan's statistics in the tidy layout (`kehoach data export`, the public observations
 * download): the stored observations that are not illustrative, of the catalog's measures and
 * the registry's units, in catalog, registry, year and series order, with a column per dimension
 * of the catalog (blank for a total). Figures are written as stored —
 * the shortest text that reads back as the same number, "98.5" and never "98.50000001" — with
 * `.` as the decimal mark, so that importing the export changes nothing.
 */
import { categoriesOfKey, tidyColumns, tidyCsvHead, tidyCsvLine, tidyRowCells } from '@kehoach/sdk';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PlanBundle } from '../services/bundles.js';
import { DATA_SHEET } from './read.js';
import { planRules } from './rules.js';

const PAGE = 5000;

/** Export lines of the plan, read a page at a time (the whole country is over a million rows). */
/** The catalog's dimension ids: the export's category columns, in the catalog's order. */
const dimensionIds = (bundle: PlanBundle) => (bundle.catalog.dimensions ?? []).map((d) => d.id);

export async function* exportLines(
  db: Kysely<Database>,
  bundle: PlanBundle,
): AsyncGenerator<(string | number | null)[]> {
  const rules = planRules(bundle);
  const dims = dimensionIds(bundle);
  const units = new Set(bundle.registry.units.map((u) => u.id));
  for (const measure of rules.measures) {
    let after: { unit: string; year: number; categories: string } | undefined;
    for (;;) {
      let q = db
        .selectFrom('observations')
        .select(['unit_id', 'year', 'categories', 'value', 'numerator', 'denominator', 'source', 'note'])
        .where('measure_id', '=', measure.id)
        .where('illustrative', '=', 0);
      if (after) {
        const a = after;
        q = q.where((eb) =>
          eb.or([
            eb('unit_id', '>', a.unit),
            eb.and([eb('unit_id', '=', a.unit), eb('year', '>', a.year)]),
            eb.and([
              eb('unit_id', '=', a.unit),
              eb('year', '=', a.year),
              eb('categories', '>', a.categories),
            ]),
          ]),
        );
      }
      const page = await q.orderBy('unit_id').orderBy('year').orderBy('categories').limit(PAGE).execute();
      for (const r of page)
        if (units.has(r.unit_id))
          yield tidyRowCells(
            [
              r.year,
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
      after = { unit: last.unit_id, year: last.year, categories: last.categories };
    }
  }
}

/**
 * The export as CSV text chunks: a byte-order mark first (Excel then reads the Vietnamese as
 * UTF-8), the header, one line per observation, Windows line ends (RFC 4180).
 */
export async function* exportCsv(db: Kysely<Database>, bundle: PlanBundle): AsyncGenerator<string> {
  yield tidyCsvHead(dimensionIds(bundle));
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
  ws.addRow(tidyColumns(dimensionIds(bundle))).font = { bold: true };
  for await (const line of exportLines(db, bundle)) ws.addRow(line.map((c) => c ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
