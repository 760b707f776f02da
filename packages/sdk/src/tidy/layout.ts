/**
 * The tidy layout of observations (bố cục dữ liệu gọn), Open SDG's: one row per figure, a column
 * per field. `Year` (or `Period`: a year, or a period of the plan's cadence such as `2026-Q1`
 * for figures by period), the catalog measure's code in
 * `Measure`, the administrative unit in `Unit`, the figure in `Value`; optionally `Numerator`
 * and `Denominator` of a rate, `Source`, `Note`. Any other column would be a disaggregation
 * (a category such as sex or age group), named by a dimension of the catalog; any other is refused.
 * Pure: the server's import and the mocks read headers with it.
 */

import { OBSERVATION_COLUMNS } from './csv.js';
import { type ImportProblem, placeProblem, problemAt } from './problems.js';

/** Columns as read: `Period` stands in for `Year`. */
export type TidyColumn = (typeof OBSERVATION_COLUMNS)[number] | 'Period';

const KNOWN: readonly TidyColumn[] = [...OBSERVATION_COLUMNS, 'Period'];
const REQUIRED: readonly TidyColumn[] = ['Measure', 'Unit', 'Value'];

/** A file's header read: where each column is (by its index), and each disaggregation column. */
export interface TidyHeader {
  columns: Map<TidyColumn, number>;
  /** Dimension id (as the catalog spells it) → the index of its column. */
  dimensions: Map<string, number>;
}

/**
 * A file's header read, or every problem of it. `dimensionIds` are the catalog's dimensions
 * (`catalog.dimensions[].id`): a column named by one (case aside) is that disaggregation's.
 */
export function readTidyHeader(
  cells: readonly string[],
  file: string,
  dimensionIds: readonly string[] = [],
): TidyHeader | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const index = new Map<TidyColumn, number>();
  const dimensions = new Map<string, number>();
  const listed = dimensionIds.length ? `, ${dimensionIds.join(', ')}` : '';
  cells.forEach((raw, i) => {
    const name = raw.trim();
    const lower = name.toLowerCase();
    const column = KNOWN.find((k) => k.toLowerCase() === lower);
    const dimension = column ? undefined : dimensionIds.find((d) => d.toLowerCase() === lower);
    if (name === '' && cells.slice(i).every((c) => c.trim() === '')) return; // Trailing blank cells.
    if (dimension !== undefined) {
      if (dimensions.has(dimension))
        problems.push(placeProblem(problemAt(file, 1, name), 'cột lặp lại', 'the column appears twice'));
      else dimensions.set(dimension, i);
    } else if (column === undefined)
      problems.push(
        placeProblem(
          problemAt(file, 1, name || `#${i + 1}`),
          `không phải một cột hay một phân tổ (dimension) trong danh mục của kế hoạch; các cột là: ${OBSERVATION_COLUMNS.join(', ')}${listed} (hoặc Period thay cho Year)`,
          `not a column nor a dimension (disaggregation) of the plan's catalog; the columns are: ${OBSERVATION_COLUMNS.join(', ')}${listed} (or Period for Year)`,
        ),
      );
    else if (index.has(column))
      problems.push(placeProblem(problemAt(file, 1, name), 'cột lặp lại', 'the column appears twice'));
    else index.set(column, i);
  });
  if (index.has('Year') && index.has('Period'))
    problems.push(
      placeProblem(
        problemAt(file, 1, 'Period'),
        'dùng một trong hai cột Year hoặc Period',
        'use one of Year or Period',
      ),
    );
  else if (!index.has('Year') && !index.has('Period'))
    problems.push(placeProblem(problemAt(file, 1, 'Year'), 'thiếu cột bắt buộc', 'required column missing'));
  for (const c of REQUIRED)
    if (!index.has(c))
      problems.push(placeProblem(problemAt(file, 1, c), 'thiếu cột bắt buộc', 'required column missing'));
  return problems.length ? problems : { columns: index, dimensions };
}

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(head: string): ';' | ',' {
  const first = head.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * How a tidy CSV file is read (csv-parse's options, with the `delimiter` of
 * {@link detectDelimiter}): a byte-order mark skipped, rows of any width (the import names a
 * row longer than its header), blank lines skipped, cells trimmed, each record with its line.
 * The server's streaming reader and the mocks use these, so both read a file alike.
 */
export const TIDY_CSV_OPTIONS = {
  bom: true,
  info: true,
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
} as const;
