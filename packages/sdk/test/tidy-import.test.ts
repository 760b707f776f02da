/**
 * The pure part of the observations import (`TidyImportCheck`, `ObservationRules` with the sdk's
 * own duties): what the server's import and the mocks both run. The server's HTTP and command
 * tests cover the storage; here, the rows.
 */
import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import {
  decimalRule,
  type IndicatorCatalog,
  importProblemErrors,
  MAX_IMPORT_PROBLEMS,
  ObservationRules,
  type TidyCell,
  TidyImportCheck,
} from '../src/index.js';

const bundle = { plan: dakNong2021, registry: dakNongRegistry, catalog: qd23 };

function run(rows: TidyCell[][], delimiter: ';' | ',' = ',', b: typeof bundle = bundle) {
  const check = new TidyImportCheck(new ObservationRules(b), 'f.csv', decimalRule(delimiter));
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

/** qd23 with the dimensions sex and area; measure 2 (qd23.2) broken down by sex, additive. */
function withSex(): typeof bundle {
  const catalog: IndicatorCatalog = structuredClone(qd23);
  catalog.dimensions = [
    {
      id: 'sex',
      title: { vi: 'Giới tính', en: 'Sex' },
      categories: [
        { id: 'male', title: { vi: 'Nam', en: 'Male' } },
        { id: 'female', title: { vi: 'Nữ', en: 'Female' } },
      ],
    },
    {
      id: 'area',
      title: { vi: 'Khu vực', en: 'Area' },
      categories: [{ id: 'urban', title: { vi: 'Thành thị', en: 'Urban' } }],
    },
  ];
  for (const o of catalog.objectives)
    for (const i of o.indicators)
      for (const m of i.measures)
        if (m.id === 'qd23.2') m.disaggregation = { dimensions: ['sex'], additive: true };
  return { ...bundle, catalog };
}

describe('TidyImportCheck with disaggregation columns', () => {
  const head = ['Year', 'Measure', 'Unit', 'SEX', 'Area', 'Value', 'Numerator', 'Denominator'];

  it('reads a column named by a catalog dimension: a blank cell is the total, a category is stored as its id', () => {
    const { kept, problems } = run(
      [
        head,
        ['2024', '2', 'dak-nong', '', '', '50', '50', '100'],
        ['2024', '2', 'dak-nong', 'Female', '', '40', '20', '50'],
      ],
      ',',
      withSex(),
    );
    expect(problems).toEqual([]);
    expect(kept.map((r) => r.categories)).toEqual([{}, { sex: 'female' }]);
  });

  it('refuses a category not of the dimension, and a dimension the measure does not declare, naming row and column', () => {
    const { check, problems } = run(
      [
        head,
        ['2024', '2', 'dak-nong', 'other', '', '50', '', ''],
        ['2024', '2', 'dak-nong', '', 'urban', '50', '', ''],
      ],
      ',',
      withSex(),
    );
    expect(check.ok).toBe(false);
    expect(problems).toEqual([
      {
        vi: 'f.csv, dòng 2, cột sex: "other" không phải một nhóm của phân tổ sex (các nhóm: male, female)',
        en: 'f.csv, row 2, column sex: "other" is not a category of sex (the categories: male, female)',
      },
      {
        vi: 'f.csv, dòng 3, cột area: chỉ số 2 không phân tổ theo area (để trống ô)',
        en: 'f.csv, row 3, column area: measure 2 is not disaggregated by area (leave the cell blank)',
      },
    ]);
  });

  it('finds a series given twice, but not a total beside its parts', () => {
    const { problems } = run(
      [
        head,
        ['2024', '2', 'dak-nong', '', '', '50', '', ''],
        ['2024', '2', 'dak-nong', 'male', '', '40', '', ''],
        ['2024', '2', 'dak-nong', 'MALE', '', '41', '', ''],
      ],
      ',',
      withSex(),
    );
    expect(problems.map((p) => p.en)).toEqual([
      'f.csv, row 4: the same measure, unit, year and categories as row 3',
    ]);
  });

  it("an additive measure's parts above their total: a problem naming the rows", () => {
    const { problems } = run(
      [
        head,
        ['2024', '2', 'dak-nong', '', '', '50', '50', '100'],
        ['2024', '2', 'dak-nong', 'male', '', '50', '30', '60'],
        ['2024', '2', 'dak-nong', 'female', '', '75', '30', '40'],
      ],
      ',',
      withSex(),
    );
    expect(problems).toEqual([
      {
        vi: 'f.csv, dòng 2, cột Numerator: các dòng 3, 4 (phân tổ theo giới tính) cộng lại 60, vượt 50 của dòng này',
        en: "f.csv, row 2, column Numerator: rows 3, 4 (by sex) add up to 60, more than this row's 50",
      },
    ]);
  });

  it('without dimensions in the catalog, a Sex column is refused, listing the columns', () => {
    const { problems } = run([['Year', 'Measure', 'Unit', 'Value', 'Sex']]);
    expect(problems[0]!.en).toBe(
      "f.csv, row 1, column Sex: not a column nor a dimension (disaggregation) of the plan's catalog; the columns are: Year, Measure, Unit, Value, Numerator, Denominator, Source, Note (or Period for Year)",
    );
    const dims = run([['Year', 'Measure', 'Unit', 'Value', 'Age']], ',', withSex());
    expect(dims.problems[0]!.en).toContain('Source, Note, sex, area (or Period for Year)');
  });
});
