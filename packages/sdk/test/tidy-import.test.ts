/**
 * The pure part of the observations import (`TidyImportCheck`, `ObservationRules` with the sdk's
 * own duties): what the server's import and the mocks both run. The server's HTTP and command
 * tests cover the storage; here, the rows.
 */
import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import {
  decimalRule,
  importProblemErrors,
  MAX_IMPORT_PROBLEMS,
  ObservationRules,
  type TidyCell,
  TidyImportCheck,
} from '../src/index.js';

const bundle = { plan: dakNong2021, registry: dakNongRegistry, catalog: qd23 };

function run(rows: TidyCell[][], delimiter: ';' | ',' = ',') {
  const check = new TidyImportCheck(new ObservationRules(bundle), 'f.csv', decimalRule(delimiter));
  const kept = rows.map((cells, i) => check.row(i + 1, cells)).filter((r) => r !== null);
  return { check, kept, problems: check.finish() };
}

describe('TidyImportCheck', () => {
  it('reads rows against the plan: measure codes, decimal commas, sources, blanks', () => {
    const { kept, problems, check } = run(
      [
        ['Year', 'Measure', 'Unit', 'Value', 'Numerator', 'Denominator', 'Source'],
        ['2024', '2', 'dak-nong', '98,5', '', '', 'Cục Thống kê'],
        ['2024', '2', 'dak-nong.cu-jut', '77,25', '', '', ''],
        ['', '', '', '', '', '', ''],
      ],
      ';',
    );
    expect(problems).toEqual([]);
    expect(check.blank).toBe(1);
    expect(kept).toEqual([
      expect.objectContaining({
        measureId: 'qd23.2',
        unitId: 'dak-nong',
        year: 2024,
        value: 98.5,
        source: 'Cục Thống kê',
      }),
      expect.objectContaining({ measureId: 'qd23.2', unitId: 'dak-nong.cu-jut', value: 77.25, source: null }),
    ]);
  });

  it('names every bad row and column in both languages, and keeps nothing to store', () => {
    const { check, problems } = run([
      ['Year', 'Measure', 'Unit', 'Value'],
      ['2024', '99z', 'dak-nong', '1'],
      ['24', '2', 'nowhere', 'x'],
      ['2024', '2', 'dak-nong', '5'],
      ['2024', '2', 'dak-nong', '6'],
      ['2024', '2', 'dak-nong', '6', 'extra'],
    ]);
    expect(check.ok).toBe(false);
    expect(importProblemErrors(problems).map((e) => e.path)).toEqual([
      'row.2.Measure',
      'row.3.Year',
      'row.3.Unit',
      'row.3.Value',
      'row.5',
      'row.6',
    ]);
    expect(problems[0]).toEqual({
      vi: 'f.csv, dòng 2, cột Measure: không có chỉ số mã "99z" trong danh mục của kế hoạch',
      en: 'f.csv, row 2, column Measure: no measure with code "99z" in the plan\'s catalog',
    });
    expect(problems[4]!.en).toBe('f.csv, row 5: the same measure, unit and year as row 4');
    expect(problems[5]!.en).toBe('f.csv, row 6: the row has 5 cells, the header 4 columns');
  });

  it('refuses a header with an undeclared category, and an empty file', () => {
    const bad = run([['Year', 'Measure', 'Unit', 'Value', 'Sex']]);
    expect(bad.check.headerRefused).toBe(true);
    expect(importProblemErrors(bad.problems)).toMatchObject([{ path: 'row.1.Sex', code: 'observation_row' }]);
    expect(run([]).problems).toEqual([{ vi: 'f.csv: tệp trống', en: 'f.csv: the file is empty' }]);
  });

  it('lists at most MAX_IMPORT_PROBLEMS problems, then a count', () => {
    const rows: TidyCell[][] = [['Year', 'Measure', 'Unit', 'Value']];
    for (let i = 0; i < MAX_IMPORT_PROBLEMS + 5; i++) rows.push(['2024', 'nope', 'dak-nong', '1']);
    const { problems } = run(rows);
    expect(problems).toHaveLength(MAX_IMPORT_PROBLEMS + 1);
    expect(problems.at(-1)!.en).toBe('f.csv: and 5 more problems (fix the ones above and import again)');
  });
});
