/**
 * The plan's statistics in the tidy layout (`kehoach data export`, the public observations
 * download): the stored observations that are not illustrative, of the catalog's measures and
 * the registry's units, in catalog, registry and year order. Figures are written as stored —
 * the shortest text that reads back as the same number, "98.5" and never "98.50000001" — with
 * `.` as the decimal mark, so that importing the export changes nothing.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PlanBundle } from '../services/bundles.js';
import { OBSERVATION_COLUMNS } from './layout.js';
import { DATA_SHEET } from './read.js';
import { PlanRules } from './rules.js';

/** One exported line, in {@link OBSERVATION_COLUMNS} order. */
export type ExportLine = [
  number,
  string,
  string,
  number,
  number | null,
  number | null,
  string | null,
  string | null,
];

/**
 * A figure as text: JavaScript's shortest round-trip form, with the exponent ("1e-7", never typed
 * by people and refused by the import) written out in digits.
 */
export function formatFigure(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead! + rest;
  const e = Number(exp);
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  return `${sign}${digits.padEnd(e + 1, '0')}`;
}

const PAGE = 5000;

/** Export lines of the plan, read a page at a time (the whole country is over a million rows). */
export async function* exportLines(db: Kysely<Database>, bundle: PlanBundle): AsyncGenerator<ExportLine> {
  const rules = new PlanRules(bundle);
  const units = new Set(bundle.registry.units.map((u) => u.id));
  for (const measure of rules.measures) {
    let after: { unit: string; year: number } | undefined;
    for (;;) {
      let q = db
        .selectFrom('observations')
        .select(['unit_id', 'year', 'value', 'numerator', 'denominator', 'source', 'note'])
        .where('measure_id', '=', measure.id)
        .where('illustrative', '=', 0);
      if (after) {
        const a = after;
        q = q.where((eb) =>
          eb.or([eb('unit_id', '>', a.unit), eb.and([eb('unit_id', '=', a.unit), eb('year', '>', a.year)])]),
        );
      }
      const page = await q.orderBy('unit_id').orderBy('year').limit(PAGE).execute();
      for (const r of page)
        if (units.has(r.unit_id))
          yield [
            r.year,
            measure.code,
            r.unit_id,
            Number(r.value),
            r.numerator === null ? null : Number(r.numerator),
            r.denominator === null ? null : Number(r.denominator),
            r.source,
            r.note,
          ];
      if (page.length < PAGE) break;
      const last = page[page.length - 1]!;
      after = { unit: last.unit_id, year: last.year };
    }
  }
}

const quote = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One CSV line (with its line end) of an export line, or of the header. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map((c) => (c === null ? '' : typeof c === 'number' ? formatFigure(c) : quote(c))).join(',')}\r\n`;
}

/**
 * The export as CSV text chunks: a byte-order mark first (Excel then reads the Vietnamese as
 * UTF-8), the header, one line per observation, Windows line ends (RFC 4180).
 */
export async function* exportCsv(db: Kysely<Database>, bundle: PlanBundle): AsyncGenerator<string> {
  yield `\ufeff${csvLine(OBSERVATION_COLUMNS)}`;
  let chunk = '';
  for await (const line of exportLines(db, bundle)) {
    chunk += csvLine(line);
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
  ws.addRow([...OBSERVATION_COLUMNS]).font = { bold: true };
  for await (const line of exportLines(db, bundle)) ws.addRow(line.map((c) => c ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
