/**
 * What the plan says is a valid observation (quan sát hợp lệ): its catalog's measures (by code),
 * its registry's units (by id or statistical code), the units each measure is reported for in a
 * year — the jurisdictions of the agencies that owe the measure — and the figures' rules of the
 * sdk (`MeasureReportSchema`, `measureValueErrors`: bounds of the unit, numerator and denominator
 * together and agreeing with the value). One row at a time, so that a file of any size is
 * checked in bounded memory.
 */
import {
  type FieldError,
  type Measure,
  MeasureReportSchema,
  measureValueErrors,
  planCatalog,
  planMeasures,
  validate,
  YearSchema,
} from '@kehoach/sdk';
import { at, type Problem, problem } from '../operator/problems.js';
import type { PlanBundle } from '../services/bundles.js';
import { dutiesOf, jurisdictionOf, owingAgencies } from '../services/plan-logic.js';
import type { Column } from './layout.js';
import { type DecimalRule, parseFigure } from './numbers.js';

/** One observation as imported and stored. */
export interface ObservationRow {
  measureId: string;
  unitId: string;
  year: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string | null;
  note: string | null;
}

/** A cell as read: text from a CSV file, text or a number from a workbook. */
export type Cell = string | number;

const FIELD_COLUMN: Record<string, Column> = {
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  dataSource: 'Source',
  note: 'Note',
};

/** "Trường measures.0.value: cần …" → "cần …": the place is said by the row and column. */
const expected = (e: FieldError) => ({
  vi: e.message.vi.replace(/^Trường \S+: /, ''),
  en: e.message.en.replace(/^Field \S+: /, ''),
});

/** Text a spreadsheet would run as a formula when the downloaded CSV is opened. */
const FORMULA = /^[=+@\t\r]/;

export class PlanRules {
  readonly bundle: PlanBundle;
  readonly measures: Measure[];
  private readonly byCode = new Map<string, { measure: Measure; index: number }>();
  private readonly measureIndex = new Map<string, number>();
  private readonly units = new Map<string, { id: string; index: number }>();
  private readonly applies = new Map<number, Map<string, ReadonlySet<string>[]>>();

  constructor(bundle: PlanBundle) {
    this.bundle = bundle;
    this.measures = planMeasures(bundle.plan, bundle.catalog).map((p) => p.measure);
    this.measures.forEach((measure, index) => {
      this.byCode.set(measure.code.toLowerCase(), { measure, index });
      this.measureIndex.set(measure.id, index);
    });
    bundle.registry.units.forEach((u, index) => {
      this.units.set(u.id, { id: u.id, index });
      if (u.code !== undefined && !this.units.has(u.code)) this.units.set(u.code, { id: u.id, index });
    });
  }

  /**
   * Units `measureId` is reported for in `year`: every unit in the jurisdiction of an agency
   * that owes the measure in the report of that year (Sở Y tế: the province and its communes).
   */
  unitsFor(measureId: string, year: number): { has(unitId: string): boolean } {
    let byMeasure = this.applies.get(year);
    if (!byMeasure) {
      // The agencies' jurisdictions, not their union: 40 departments each answering for 3,322
      // units would be 4.6 million insertions a year; a lookup asks each distinct set instead.
      const lists = new Map<string, Set<ReadonlySet<string>>>();
      for (const agencyId of owingAgencies(this.bundle, year)) {
        const duties = dutiesOf(this.bundle, agencyId, year);
        if (!duties) continue;
        const units = jurisdictionOf(this.bundle, agencyId, year);
        for (const m of duties.measureIds) {
          const list = lists.get(m) ?? new Set();
          lists.set(m, list);
          list.add(units);
        }
      }
      // Many agencies on one measure (3,321 commune committees): one union is cheaper to ask.
      byMeasure = new Map();
      for (const [m, list] of lists) {
        if (list.size <= 8) byMeasure.set(m, [...list]);
        else {
          const union = new Set<string>();
          for (const set of list) for (const u of set) union.add(u);
          byMeasure.set(m, [union]);
        }
      }
      this.applies.set(year, byMeasure);
    }
    const sets = byMeasure.get(measureId) ?? [];
    return { has: (unitId) => sets.some((s) => s.has(unitId)) };
  }

  /** A number naming the row's measure, unit and year, for finding duplicates cheaply. */
  key(row: ObservationRow): number {
    const m = this.measureIndex.get(row.measureId) ?? 0;
    const u = this.units.get(row.unitId)?.index ?? 0;
    return (m * this.bundle.registry.units.length + u) * 201 + (row.year - 1900);
  }

  /**
   * The observation of one row, or its problems (each naming the row and the column). A row
   * without Value, Numerator and Denominator is blank (an unfilled line of the template): null.
   */
  check(
    file: string,
    line: number,
    get: (c: Column) => Cell | undefined,
    decimal: DecimalRule,
  ): ObservationRow | null | Problem[] {
    const problems: Problem[] = [];
    const say = (column: Column, vi: string, en: string) =>
      problems.push(problem(at(file, line, column), vi, en));
    const text = (c: Column) => {
      const v = get(c);
      return v === undefined ? '' : String(v).trim();
    };
    const figure = (c: Column): number | undefined => {
      const v = get(c);
      if (typeof v === 'number') {
        if (Number.isFinite(v)) return v;
        say(c, 'không phải là một số', 'not a number');
        return undefined;
      }
      if (v === undefined || v.trim() === '') return undefined;
      const r = parseFigure(v, decimal);
      if (r.ok) return r.value;
      say(c, r.vi, r.en);
      return undefined;
    };
    if (text('Value') === '' && text('Numerator') === '' && text('Denominator') === '') {
      const filled = (['Source', 'Note'] as const).find((c) => text(c) !== '');
      if (!filled) return null;
      say('Value', 'thiếu giá trị', 'the value is missing');
      return problems;
    }

    // Year, or a Period that is a year (the model has yearly periods only, for now).
    const yearColumn: Column = get('Period') !== undefined ? 'Period' : 'Year';
    const yearText = text(yearColumn);
    let year: number | undefined;
    if (!/^\d{4}$/.test(yearText))
      say(
        yearColumn,
        yearText === ''
          ? 'thiếu năm'
          : `"${yearText}" không phải là một năm (chỉ có kỳ báo cáo theo năm, ví dụ 2024)`,
        yearText === ''
          ? 'the year is missing'
          : `"${yearText}" is not a year (periods are yearly only, e.g. 2024)`,
      );
    else if (!validate(YearSchema, Number(yearText)).success)
      say(yearColumn, `năm ${yearText} ngoài khoảng 1900–2100`, `year ${yearText} is outside 1900–2100`);
    else year = Number(yearText);

    const code = text('Measure');
    const measure = this.byCode.get(code.toLowerCase())?.measure;
    if (!measure)
      say(
        'Measure',
        code === '' ? 'thiếu mã chỉ số' : `không có chỉ số mã "${code}" trong danh mục của kế hoạch`,
        code === '' ? 'the measure code is missing' : `no measure with code "${code}" in the plan's catalog`,
      );
    const unitText = text('Unit');
    const unitId = this.units.get(unitText)?.id;
    if (!unitId)
      say(
        'Unit',
        unitText === ''
          ? 'thiếu mã đơn vị hành chính'
          : `không có đơn vị "${unitText}" trong danh mục đơn vị của kế hoạch`,
        unitText === '' ? 'the unit is missing' : `no unit "${unitText}" in the plan's registry`,
      );
    if (measure && unitId && year !== undefined && !this.unitsFor(measure.id, year).has(unitId))
      say(
        'Unit',
        `chỉ số ${measure.code} không áp dụng cho đơn vị ${unitId} năm ${year} (không cơ quan nào báo cáo chỉ số này cho đơn vị đó)`,
        `measure ${measure.code} does not apply to unit ${unitId} in ${year} (no agency reports it for that unit)`,
      );

    const value = figure('Value');
    const numerator = figure('Numerator');
    const denominator = figure('Denominator');
    const source = text('Source');
    const note = text('Note');
    for (const c of ['Source', 'Note'] as const)
      if (FORMULA.test(text(c)))
        say(
          c,
          'không bắt đầu bằng =, +, @ (bảng tính sẽ chạy như công thức)',
          'must not start with =, +, @ (a spreadsheet would run it as a formula)',
        );
    if (problems.length) return problems;

    const line0 = {
      measureId: measure!.id,
      value: value ?? null,
      numerator,
      denominator,
      dataSource: source,
      note,
    };
    const parsed = validate(MeasureReportSchema, line0);
    const errors = parsed.success
      ? measureValueErrors({
          content: { measures: [line0] },
          catalog: planCatalog(this.bundle.plan, this.bundle.catalog),
        })
      : parsed.errors.filter((e) => e.code !== 'missing_value_needs_note');
    if (value === undefined && !errors.some((e) => e.path.endsWith('value')))
      say('Value', 'thiếu giá trị', 'the value is missing');
    for (const e of errors) {
      const column = FIELD_COLUMN[e.path.split('.').pop() ?? ''] ?? 'Value';
      const m = expected(e);
      say(column, m.vi, m.en);
    }
    if (problems.length) return problems;
    return {
      measureId: measure!.id,
      unitId: unitId!,
      year: year!,
      value: value!,
      numerator: numerator ?? null,
      denominator: denominator ?? null,
      source: source || null,
      note: note || null,
    };
  }
}
