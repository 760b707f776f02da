/**
 * Open SDG's tidy layout of observations (bố cục dữ liệu gọn) as CSV text: one row per figure,
 * the columns {@link OBSERVATION_COLUMNS}. What the server's export and public download write
 * and the mocks serve; the server's import reads it back (docs/data-import.md). Pure.
 */

/**
 * The columns, in order. `Period` stands for `Year` in a file with figures by period (a year
 * `2026`, or `2026-H1`, `2026-Q3`, `2026-07` of the plan's cadence): {@link TimeColumn}.
 */
export const OBSERVATION_COLUMNS = [
  'Year',
  'Measure',
  'Unit',
  'Value',
  'Numerator',
  'Denominator',
  'Source',
  'Note',
] as const;

/** The first column: `Year`, or `Period` when any figure is for a period shorter than a year. */
export type TimeColumn = 'Year' | 'Period';

/**
 * One row, in {@link OBSERVATION_COLUMNS} order: its time (the year, or the period key — see
 * {@link observationTime}), measure code, unit id, figures, texts.
 */
export type TidyRow = readonly [
  number | string,
  string,
  string,
  number,
  number | null,
  number | null,
  string | null,
  string | null,
];

/**
 * A figure as text, exactly as stored: JavaScript's shortest form that reads back as the same
 * number ("98.5", never "98.50000001"), with an exponent ("1e-7") written out in digits.
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

const quote = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One CSV line with its CRLF (RFC 4180): `,` between fields, `.` as the decimal mark. */
export function tidyCsvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map((c) => (c === null ? '' : typeof c === 'number' ? formatFigure(c) : quote(c))).join(',')}\r\n`;
}

/** The first line of a file: a byte-order mark (Excel then reads Vietnamese as UTF-8) and the header. */
export const TIDY_CSV_HEAD = `\ufeff${tidyCsvLine(OBSERVATION_COLUMNS)}`;

/**
 * The columns with one per dimension of the catalog (its id), after `Unit` and before `Value`;
 * `time` names the first.
 */
export function tidyColumns(dimensionIds: readonly string[], time: TimeColumn = 'Year'): string[] {
  return [time, ...OBSERVATION_COLUMNS.slice(1, 3), ...dimensionIds, ...OBSERVATION_COLUMNS.slice(3)];
}

/** {@link TIDY_CSV_HEAD} with a column per dimension and `time` first; the same text for a yearly catalog without any. */
export function tidyCsvHead(dimensionIds: readonly string[], time: TimeColumn = 'Year'): string {
  return dimensionIds.length || time !== 'Year'
    ? `\ufeff${tidyCsvLine(tidyColumns(dimensionIds, time))}`
    : TIDY_CSV_HEAD;
}

/**
 * What an exported row says in its first column: the period key of a figure for a period
 * shorter than a year, else its year — a year in a `Period` column is the whole year's figure.
 */
export function observationTime(o: { year: number; period?: string | null | undefined }): number | string {
  return o.period || o.year;
}

/**
 * The order the exports list a measure's figures in: by unit id, year, period (the year's own
 * figure first, then its periods in order), series. The server's SQL `order by` says the same.
 */
export function compareExportOrder(
  a: { unitId: string; year: number; period?: string | undefined; series: string },
  b: { unitId: string; year: number; period?: string | undefined; series: string },
): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.unitId, b.unitId) ||
    a.year - b.year ||
    text(a.period ?? '', b.period ?? '') ||
    text(a.series, b.series)
  );
}

/** A row's cells in {@link tidyColumns} order: its category of each dimension, blank for none. */
export function tidyRowCells(
  row: TidyRow,
  categories: Readonly<Record<string, string>>,
  dimensionIds: readonly string[],
): (string | number | null)[] {
  return [...row.slice(0, 3), ...dimensionIds.map((d) => categories[d] ?? null), ...row.slice(3)];
}
