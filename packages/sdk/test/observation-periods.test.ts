/**
 * Observations by period (số liệu theo kỳ): a `Period` column in the tidy layout with a year or a
 * period of the plan's cadence, an observation's `period`, and which of them progress is assessed
 * on (`yearFigures`).
 */
import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import {
  buildProgressResponse,
  bundleMessages,
  decimalRule,
  importProblemErrors,
  type Observation,
  ObservationRules,
  ObservationSchema,
  type Plan,
  readObservationTime,
  SUB_YEAR_PERIOD_PATTERN,
  SubYearPeriodSchema,
  type TidyCell,
  TidyImportCheck,
  tidyColumns,
  tidyCsvHead,
  validate,
  yearFigures,
} from '../src/index.js';

/** The Đắk Nông plan reported quarterly, due 20 days after each cut-off window. */
const quarterly: Plan = {
  ...dakNong2021,
  reporting: { ...dakNong2021.reporting, frequency: 'quarterly', due: { daysAfterWindow: 20 } },
};
const bundle = (plan: Plan) => ({ plan, registry: dakNongRegistry, catalog: qd23 });

function run(rows: TidyCell[][], plan: Plan = quarterly) {
  const check = new TidyImportCheck(new ObservationRules(bundle(plan)), 'f.csv', decimalRule(','));
  const kept = rows.map((cells, i) => check.row(i + 1, cells)).filter((r) => r !== null);
  return { kept, problems: check.finish() };
}

describe('a Period column', () => {
  it('holds the year’s own figure and figures of the plan’s periods, each kept with its period', () => {
    const { kept, problems } = run([
      ['Period', 'Measure', 'Unit', 'Value'],
      ['2025', '2', 'dak-nong', '97'],
      ['2025-Q1', '2', 'dak-nong', '95.5'],
      ['2025-Q2', '2', 'dak-nong', '96'],
      [' 2025-Q4 ', '2', 'dak-nong', '97.25'],
    ]);
    expect(problems).toEqual([]);
    expect(kept.map((r) => [r.year, r.period, r.value])).toEqual([
      [2025, undefined, 97],
      [2025, '2025-Q1', 95.5],
      [2025, '2025-Q2', 96],
      [2025, '2025-Q4', 97.25],
    ]);
    expect('period' in kept[0]!).toBe(false);
  });

  it('refuses a period of another cadence, a period in a yearly plan, a key that is none, and names the row and column', () => {
    const q = run([
      ['Period', 'Measure', 'Unit', 'Value'],
      ['2025-H1', '2', 'dak-nong', '95'],
      ['2025-Q5', '2', 'dak-nong', '95'],
      ['', '2', 'dak-nong', '95'],
      ['2101', '2', 'dak-nong', '95'],
    ]);
    expect(importProblemErrors(q.problems).map((e) => e.path)).toEqual([
      'row.2.Period',
      'row.3.Period',
      'row.4.Period',
      'row.5.Period',
    ]);
    expect(q.problems[0]).toEqual({
      vi: 'f.csv, dòng 2, cột Period: "2025-H1" không phải là một năm hay một kỳ báo cáo quý của kế hoạch (như 2026-Q1 … 2026-Q4)',
      en: 'f.csv, row 2, column Period: "2025-H1" is not a year nor a quarterly period of the plan (such as 2026-Q1 … 2026-Q4)',
    });
    expect(q.problems[1]!.en).toBe(
      'f.csv, row 3, column Period: "2025-Q5" is not a reporting period such as 2026, 2026-H1, 2026-Q3, 2026-07',
    );
    expect(q.problems[2]!.en).toBe('f.csv, row 4, column Period: the period is missing');
    expect(q.problems[3]!.en).toBe('f.csv, row 5, column Period: year 2101 is outside 1900–2100');

    const yearly = run(
      [
        ['Period', 'Measure', 'Unit', 'Value'],
        ['2025', '2', 'dak-nong', '95'],
        ['2025-Q1', '2', 'dak-nong', '95'],
      ],
      dakNong2021,
    );
    expect(yearly.problems).toEqual([
      {
        vi: 'f.csv, dòng 3, cột Period: "2025-Q1": kế hoạch báo cáo hằng năm, chỉ có số liệu năm (ví dụ 2025)',
        en: 'f.csv, row 3, column Period: "2025-Q1": the plan reports yearly, so its figures are yearly (e.g. 2025)',
      },
    ]);
  });

  it('sends a period written in the Year column to the Period column', () => {
    const { problems } = run([
      ['Year', 'Measure', 'Unit', 'Value'],
      ['2025-Q1', '2', 'dak-nong', '95'],
    ]);
    expect(problems[0]!.en).toBe(
      'f.csv, row 2, column Year: "2025-Q1" is not a year (e.g. 2024); figures by period use a Period column (e.g. 2024-Q1)',
    );
  });

  it('finds a period given twice, and never takes a period for its year or another period', () => {
    const { problems, kept } = run([
      ['Period', 'Measure', 'Unit', 'Value'],
      ['2025', '2', 'dak-nong', '97'],
      ['2025-Q1', '2', 'dak-nong', '95'],
      ['2025-Q2', '2', 'dak-nong', '96'],
      ['2024-Q1', '2', 'dak-nong', '90'],
      ['2025-Q1', '2', 'dak-nong', '95'],
      ['2025', '2', 'dak-nong', '97'],
    ]);
    expect(kept).toHaveLength(4);
    expect(problems.map((p) => p.en)).toEqual([
      'f.csv, row 6: the same measure, unit and period as row 3',
      'f.csv, row 7: the same measure, unit and year as row 2',
    ]);
    expect(problems[0]!.vi).toBe('f.csv, dòng 6: trùng chỉ số, đơn vị và kỳ với dòng 3');
  });

  it('is what the template and the export write when a figure is by period', () => {
    expect(tidyColumns([], 'Period')[0]).toBe('Period');
    expect(tidyColumns(['sex'])).toEqual([
      'Year',
      'Measure',
      'Unit',
      'sex',
      'Value',
      'Numerator',
      'Denominator',
      'Source',
      'Note',
    ]);
    expect(tidyCsvHead([], 'Period')).toBe(
      '\ufeffPeriod,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n',
    );
  });
});

describe('readObservationTime', () => {
  it('reads a year in either column and a period only in Period', () => {
    expect(readObservationTime(quarterly, '2026', 'Year')).toEqual({ year: 2026 });
    expect(readObservationTime(quarterly, '2026', 'Period')).toEqual({ year: 2026 });
    expect(readObservationTime(quarterly, '2026-Q3', 'Period')).toEqual({ year: 2026, period: '2026-Q3' });
    expect(readObservationTime(quarterly, '2026-Q3', 'Year')).toHaveProperty('en');
    expect(
      readObservationTime(
        { reporting: { ...quarterly.reporting, frequency: 'monthly' } },
        '2026-07',
        'Period',
      ),
    ).toEqual({ year: 2026, period: '2026-07' });
  });
});

describe('an observation’s period', () => {
  const base = { measureId: 'qd23.2', unitId: 'dak-nong', year: 2025, value: 1 };
  it('is a period shorter than a year, of the observation’s year', () => {
    expect(validate(ObservationSchema, { ...base, period: '2025-Q3' }).success).toBe(true);
    const yearly = validate(ObservationSchema, { ...base, period: '2025' }, bundleMessages);
    expect(yearly).toMatchObject({ success: false, errors: [{ path: 'period', code: 'sub_year_period' }] });
    const other = validate(ObservationSchema, { ...base, period: '2026-Q3' }, bundleMessages);
    expect(other).toMatchObject({
      success: false,
      errors: [
        {
          path: 'period',
          code: 'period_of_year',
          message: {
            vi: 'Trường period: cần một kỳ thuộc năm của số liệu (year)',
            en: "Field period: expected a period within the figure's year (year)",
          },
        },
      ],
    });
  });

  it('has a JSON Schema pattern that says what the schema says', () => {
    const pattern = new RegExp(SUB_YEAR_PERIOD_PATTERN);
    for (const k of [
      '2026',
      '2026-H1',
      '2026-Q4',
      '2026-07',
      '2026-13',
      '2026-Q0',
      '1899-Q1',
      '2100-12',
      'x',
    ])
      expect(pattern.test(k), k).toBe(validate(SubYearPeriodSchema, k).success);
    expect(pattern.test('2026-H2')).toBe(true);
    expect(pattern.test('2026')).toBe(false);
  });
});

describe('yearFigures: the yearly values progress is assessed on', () => {
  const o = (unitId: string, period: string | undefined, value: number, year = 2025): Observation => ({
    measureId: 'qd23.2',
    unitId,
    year,
    ...(period ? { period } : {}),
    value,
  });

  it('keeps yearly figures, takes a closing period for a year without one, and never an earlier period', () => {
    const all = [
      o('a', undefined, 90),
      o('a', '2025-Q4', 91),
      o('b', '2025-Q3', 80),
      o('b', '2025-Q4', 82),
      o('c', '2025-Q2', 70),
      o('d', '2025-H2', 60),
      o('e', '2025-12', 50),
      o('e', '2025-11', 49),
    ];
    expect(yearFigures(all).map((x) => [x.unitId, x.period, x.value])).toEqual([
      ['a', undefined, 90],
      ['b', '2025-Q4', 82],
      ['d', '2025-H2', 60],
      ['e', '2025-12', 50],
    ]);
  });

  it('tells series apart: a category’s yearly figure does not hide the total’s closing period', () => {
    const total = o('a', '2025-Q4', 91);
    const female: Observation = { ...o('a', undefined, 93), categories: { sex: 'female' } };
    expect(yearFigures([total, female])).toEqual([total, female]);
  });

  it('is what the progress body is built on', () => {
    const body = buildProgressResponse({
      plan: quarterly,
      catalog: qd23,
      registry: dakNongRegistry,
      observations: [o('dak-nong', '2025-Q2', 10), o('dak-nong', '2025-Q4', 96.5)],
      year: 2025,
      unitId: 'dak-nong',
      now: new Date('2026-01-10T00:00:00Z'),
    });
    const m = body.measures.find((x) => x.measureId === 'qd23.2')!;
    expect(m.series).toEqual([expect.objectContaining({ year: 2025, value: 96.5 })]);
  });
});
