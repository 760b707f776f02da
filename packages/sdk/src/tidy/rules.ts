/**
 * What the plan says is a valid observation (quan sát hợp lệ): its catalog's measures (by code),
 * its registry's units (by id or statistical code), the units each measure is reported for in a
 * year — the jurisdictions of the agencies that owe the measure — and the figures' rules of the
 * sdk (`MeasureReportSchema`, `measureValueErrors`: bounds of the unit, numerator and denominator
 * together and agreeing with the value). One row at a time, so that a file of any size is
 * checked in bounded memory. Pure: the server's import and the mocks check rows with it.
 */

import { reportObligations } from '../completeness/obligations.js';
import { categoryProblems, dimensionCategories } from '../disaggregation/categories.js';
import { agencyDuties } from '../duties/agency-duties.js';
import { jurisdictionUnitIds } from '../duties/jurisdiction.js';
import type { FieldError } from '../i18n/validation.js';
import { parsePeriod } from '../periods/key.js';
import { planCatalog, planMeasures } from '../plans/plan-measures.js';
import { measureValueErrors } from '../reports/measure-values.js';
import { reportReferenceDate } from '../schedule/due-date.js';
import type { Categories } from '../schemas/dimension.js';
import type { IndicatorCatalog, Measure } from '../schemas/indicator.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';
import { MeasureReportSchema } from '../schemas/report.js';
import { validate } from '../validate.js';
import type { TidyColumn } from './layout.js';
import { type DecimalRule, parseFigure } from './numbers.js';
import { type ImportProblem, placeProblem, problemAt } from './problems.js';
import { readObservationTime } from './time-cell.js';

/** A plan with the catalog and registry it is read with. */
export interface ObservationBundle {
  plan: Plan;
  registry: OrganizationRegistry;
  catalog: IndicatorCatalog;
}

/**
 * Who answers for which measure in a year: the plan logic the rules ask. The default
 * ({@link observationDuties}) asks the sdk's `reportObligations`, `agencyDuties` and
 * `jurisdictionUnitIds`; the server passes its memoised adapter of the same rules.
 */
export interface ObservationDuties {
  /** Agencies owing the report of `year`. */
  owing(year: number): Iterable<string>;
  /** Ids of the measures `agencyId` answers for in `year`; null when it owes nothing. */
  measureIds(agencyId: string, year: number): Iterable<string> | null;
  /** Units `agencyId` may give figures for in `year`. */
  jurisdiction(agencyId: string, year: number): ReadonlySet<string>;
}

/** {@link ObservationDuties} straight from the sdk's rules, at each year's due date. */
export function observationDuties(bundle: ObservationBundle): ObservationDuties {
  const date = (year: number) => reportReferenceDate(bundle.plan, year);
  return {
    owing: (year) => reportObligations(bundle.plan, bundle.registry, date(year)).owing.map((o) => o.agencyId),
    measureIds: (agencyId, year) =>
      agencyDuties({ ...bundle, agencyId, date: date(year) }).measures.map((m) => m.measure.id),
    jurisdiction: (agencyId, year) =>
      jurisdictionUnitIds({ registry: bundle.registry, agencyId, date: date(year) }),
  };
}

/** One observation as imported and stored. */
export interface ObservationRow {
  measureId: string;
  unitId: string;
  year: number;
  /** The period within `year` for a figure by period (`2026-Q1`); absent: the whole year's. */
  period?: string;
  /** The row's category of each dimension it splits (`{}` for the total). */
  categories: Categories;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string | null;
  note: string | null;
}

/** A cell as read: text from a CSV file, text or a number from a workbook. */
export type TidyCell = string | number;

const FIELD_COLUMN: Record<string, TidyColumn> = {
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

export class ObservationRules {
  readonly bundle: ObservationBundle;
  readonly measures: Measure[];
  private readonly byCode = new Map<string, { measure: Measure; index: number }>();
  private readonly measureIndex = new Map<string, number>();
  private readonly units = new Map<string, { id: string; index: number }>();
  private readonly applies = new Map<number, Map<string, ReadonlySet<string>[]>>();

  private readonly duties: ObservationDuties;

  constructor(bundle: ObservationBundle, duties: ObservationDuties = observationDuties(bundle)) {
    this.bundle = bundle;
    this.duties = duties;
    // The plan's measures: its catalog's, then its own (`planMeasures`).
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
      for (const agencyId of this.duties.owing(year)) {
        const measureIds = this.duties.measureIds(agencyId, year);
        if (!measureIds) continue;
        const units = this.duties.jurisdiction(agencyId, year);
        for (const m of measureIds) {
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

  /**
   * The categories of a row's disaggregation cells: a blank cell leaves the dimension out (the
   * total of it); a category is matched to its id case aside, and must be one of a dimension the
   * measure declares (`categoryProblems`), else a problem at the cell's column.
   */
  private categoriesOf(
    measure: Measure,
    cells: ReadonlyMap<string, TidyCell>,
    say: (column: string, vi: string, en: string) => void,
  ): Categories {
    const categories: Categories = {};
    const dims = dimensionCategories(this.bundle.catalog);
    for (const [dimension, cell] of cells) {
      const text = String(cell).trim();
      if (text === '') continue;
      const lower = text.toLowerCase();
      categories[dimension] = [...(dims.get(dimension) ?? [])].find((c) => c.toLowerCase() === lower) ?? text;
    }
    for (const p of categoryProblems(this.bundle.catalog, measure, categories)) {
      const text = categories[p.dimension];
      if (p.code === 'unknown_dimension')
        say(
          p.dimension,
          `chỉ số ${measure.code} không phân tổ theo ${p.dimension} (để trống ô)`,
          `measure ${measure.code} is not disaggregated by ${p.dimension} (leave the cell blank)`,
        );
      else {
        const known = [...(dims.get(p.dimension) ?? [])].join(', ');
        say(
          p.dimension,
          `"${text}" không phải một nhóm của phân tổ ${p.dimension} (các nhóm: ${known})`,
          `"${text}" is not a category of ${p.dimension} (the categories: ${known})`,
        );
      }
    }
    return categories;
  }

  /** The plan's measure of an id. */
  measure(measureId: string): Measure | undefined {
    const i = this.measureIndex.get(measureId);
    return i === undefined ? undefined : this.measures[i];
  }

  /**
   * A number naming the row's measure, unit, year and period, for finding duplicates cheaply:
   * a plan's periods are of one cadence, so the period's number within the year (0 for the
   * year's own figure) tells them apart.
   */
  key(row: ObservationRow): number {
    const m = this.measureIndex.get(row.measureId) ?? 0;
    const u = this.units.get(row.unitId)?.index ?? 0;
    const p = row.period === undefined ? 0 : (parsePeriod(row.period)?.index ?? 0);
    return ((m * this.bundle.registry.units.length + u) * 201 + (row.year - 1900)) * 13 + p;
  }

  /**
   * The observation of one row, or its problems (each naming the row and the column). A row
   * without Value, Numerator and Denominator is blank (an unfilled line of the template): null.
   */
  check(
    file: string,
    line: number,
    get: (c: TidyColumn) => TidyCell | undefined,
    decimal: DecimalRule,
    /** The row's cell in each disaggregation column: dimension id → cell. */
    cells: ReadonlyMap<string, TidyCell> = new Map(),
  ): ObservationRow | null | ImportProblem[] {
    const problems: ImportProblem[] = [];
    const say = (column: string, vi: string, en: string) =>
      problems.push(placeProblem(problemAt(file, line, column), vi, en));
    const text = (c: TidyColumn) => {
      const v = get(c);
      return v === undefined ? '' : String(v).trim();
    };
    const figure = (c: TidyColumn): number | undefined => {
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

    // Year, or a Period: a year (the whole year's figure) or a period of the plan's cadence.
    const timeColumn: TidyColumn = get('Period') !== undefined ? 'Period' : 'Year';
    const time = readObservationTime(this.bundle.plan, text(timeColumn), timeColumn);
    let year: number | undefined;
    let period: string | undefined;
    if ('vi' in time) say(timeColumn, time.vi, time.en);
    else ({ year, period } = time);

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

    const categories = measure ? this.categoriesOf(measure, cells, say) : {};

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
      ...(period !== undefined ? { period } : {}),
      categories,
      value: value!,
      numerator: numerator ?? null,
      denominator: denominator ?? null,
      source: source || null,
      note: note || null,
    };
  }
}
