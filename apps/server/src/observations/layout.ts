/**
 * The tidy layout of observations (bố cục dữ liệu gọn), Open SDG's: one row per figure, a column
 * per field. `Year` (or `Period`, for sub-yearly data to come), the catalog measure's code in
 * `Measure`, the administrative unit in `Unit`, the figure in `Value`; optionally `Numerator`
 * and `Denominator` of a rate, `Source`, `Note`. Any other column would be a disaggregation
 * (a category such as sex or age group): no measure declares one yet, so it is refused.
 */

import { OBSERVATION_COLUMNS } from '@kehoach/sdk';
import { at, type Problem, problem } from '../operator/problems.js';

export { OBSERVATION_COLUMNS };
/** Columns as read: `Period` stands in for `Year`. */
export type Column = (typeof OBSERVATION_COLUMNS)[number] | 'Period';

const KNOWN: readonly Column[] = [...OBSERVATION_COLUMNS, 'Period'];
const REQUIRED: readonly Column[] = ['Measure', 'Unit', 'Value'];

/** Where each column is in a file's header (by its index), or every problem of the header. */
export function readHeader(cells: readonly string[], file: string): Map<Column, number> | Problem[] {
  const problems: Problem[] = [];
  const index = new Map<Column, number>();
  cells.forEach((raw, i) => {
    const name = raw.trim();
    const column = KNOWN.find((k) => k.toLowerCase() === name.toLowerCase());
    if (name === '' && cells.slice(i).every((c) => c.trim() === '')) return; // Trailing blank cells.
    if (column === undefined)
      problems.push(
        problem(
          at(file, 1, name || `#${i + 1}`),
          `một nhóm phân tổ (category) mà không chỉ số nào của kế hoạch khai báo; các cột là: ${OBSERVATION_COLUMNS.join(', ')} (hoặc Period thay cho Year)`,
          `a category (disaggregation) no measure of the plan declares; the columns are: ${OBSERVATION_COLUMNS.join(', ')} (or Period for Year)`,
        ),
      );
    else if (index.has(column))
      problems.push(problem(at(file, 1, name), 'cột lặp lại', 'the column appears twice'));
    else index.set(column, i);
  });
  if (index.has('Year') && index.has('Period'))
    problems.push(
      problem(at(file, 1, 'Period'), 'dùng một trong hai cột Year hoặc Period', 'use one of Year or Period'),
    );
  else if (!index.has('Year') && !index.has('Period'))
    problems.push(problem(at(file, 1, 'Year'), 'thiếu cột bắt buộc', 'required column missing'));
  for (const c of REQUIRED)
    if (!index.has(c))
      problems.push(problem(at(file, 1, c), 'thiếu cột bắt buộc', 'required column missing'));
  return problems.length ? problems : index;
}
