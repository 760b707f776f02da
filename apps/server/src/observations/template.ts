/**
 * The workbook a statistics office fills in (`kehoach data template`): sheet `Data` in the tidy
 * layout with one row per measure × unit the plan expects for the period (the units each measure
 * is reported for in its year), Year — or Period, for a period shorter than a year (`2026-Q1`
 * of a quarterly plan) — Measure and Unit filled in; drop-downs (data validation lists) for
 * Measure and Unit from the sheets `Measures` and `Units`; each Value cell limited to its
 * measure's bounds (a percentage 0–100 …), a whole number for counts; the unit and the bounds of
 * every measure in `Measures` and in the notes of the header. A catalog with dimensions of
 * disaggregation has a column per dimension after Unit (Open SDG's layout), a drop-down of its
 * categories from the sheet `Categories`, and for a measure that declares dimensions a row per
 * unit and category of each beside its total's. Imported as it is, a row left blank is skipped.
 */
import {
  categorySplits,
  OBSERVATION_COLUMNS,
  readObservationTime,
  tidyColumns,
  unitBounds,
} from '@kehoach/sdk';
import ExcelJS from 'exceljs';
import { OperatorError } from '../operator/problems.js';
import type { PlanBundle } from '../services/bundles.js';
import { DATA_SHEET } from './read.js';
import { planRules } from './rules.js';

export const MEASURES_SHEET = 'Measures';
export const UNITS_SHEET = 'Units';
export const CATEGORIES_SHEET = 'Categories';

/** Column letter of a 0-based index (A … Z, AA …). */
const letter = (i: number): string =>
  (i < 26 ? '' : letter(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

const UNIT_NAME = {
  percent: { vi: 'phần trăm (%)', en: 'percent (%)' },
  per_1000: { vi: 'trên 1.000', en: 'per 1,000' },
  per_100000: { vi: 'trên 100.000', en: 'per 100,000' },
  count: { vi: 'số đếm', en: 'count' },
} as const;

const NOTES: Partial<Record<(typeof OBSERVATION_COLUMNS)[number] | 'Period', string>> = {
  Year: 'Năm của số liệu / year of the figure',
  Period:
    'Kỳ của số liệu (như 2026-Q1), hoặc năm cho số liệu cả năm / period of the figure (such as 2026-Q1), or the year for a whole year',
  Measure: `Mã chỉ số (danh sách ở trang ${MEASURES_SHEET}) / measure code (list in sheet ${MEASURES_SHEET})`,
  Unit: `Mã đơn vị hành chính (danh sách ở trang ${UNITS_SHEET}) / administrative unit (list in sheet ${UNITS_SHEET})`,
  Value: `Giá trị; đơn vị đo và giới hạn của từng chỉ số ở trang ${MEASURES_SHEET}; để trống dòng không có số liệu / the figure; each measure's unit and bounds are in sheet ${MEASURES_SHEET}; leave a row without data blank`,
  Numerator:
    'Tử số của tỷ lệ (tùy chọn, cùng với mẫu số) / numerator of a rate (optional, with the denominator)',
  Denominator: 'Mẫu số của tỷ lệ / denominator of a rate',
  Source: 'Nguồn số liệu / source of the figure',
  Note: 'Ghi chú / note',
};

/**
 * The template workbook for `period`: a year (the whole year's figures), or a period of the
 * plan's cadence (`2026-Q1`), read as the import reads a `Period` cell (`readObservationTime`).
 * @throws {OperatorError} naming `--period` when it is neither.
 */
export async function observationTemplate(bundle: PlanBundle, period: string | number): Promise<Buffer> {
  const time = readObservationTime(bundle.plan, String(period), 'Period');
  if ('vi' in time) throw new OperatorError([{ vi: `--period: ${time.vi}`, en: `--period: ${time.en}` }]);
  const { year } = time;
  const rules = planRules(bundle);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kehoach';
  wb.title = `${bundle.plan.title.vi} — số liệu ${time.period ?? year}`;
  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const measures = wb.addWorksheet(MEASURES_SHEET);
  const units = wb.addWorksheet(UNITS_SHEET);

  measures.addRow(['Measure', 'Tên chỉ số', 'Title', 'Đơn vị đo', 'Unit of measure', 'Min', 'Max']).font = {
    bold: true,
  };
  for (const m of rules.measures) {
    const { min, max } = unitBounds(m.unit.kind);
    measures.addRow([
      m.code,
      m.title.vi,
      m.title.en ?? '',
      UNIT_NAME[m.unit.kind].vi,
      UNIT_NAME[m.unit.kind].en,
      min,
      Number.isFinite(max) ? max : '',
    ]);
  }
  units.addRow(['Unit', 'Tên đơn vị', 'Name', 'Mã thống kê / code', 'Cấp / level']).font = { bold: true };
  for (const u of bundle.registry.units)
    units.addRow([u.id, u.name.vi, u.name.en ?? '', u.code ?? '', u.level]);

  const dimensions = bundle.catalog.dimensions ?? [];
  const timeColumn = time.period === undefined ? 'Year' : 'Period';
  const columns = tidyColumns(
    dimensions.map((d) => d.id),
    timeColumn,
  );
  const col = (name: string) => letter(columns.indexOf(name));
  if (dimensions.length > 0) {
    const categories = wb.addWorksheet(CATEGORIES_SHEET);
    categories.addRow(dimensions.map((d) => d.id)).font = { bold: true };
    const deepest = Math.max(...dimensions.map((d) => d.categories.length));
    for (let r = 0; r < deepest; r++) categories.addRow(dimensions.map((d) => d.categories[r]?.id ?? null));
  }
  const header = data.addRow(columns);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const dimension = dimensions.find((d) => d.id === c);
    const note = dimension
      ? `Phân tổ ${dimension.title.vi}: một nhóm ở trang ${CATEGORIES_SHEET}, để trống cho số tổng / ${dimension.title.en ?? dimension.title.vi}: a category from sheet ${CATEGORIES_SHEET}, blank for the total`
      : NOTES[c as keyof typeof NOTES];
    if (note) header.getCell(i + 1).note = note;
  });
  data.columns.forEach((column, i) => {
    const name = columns[i]!;
    column.width = dimensions.some((d) => d.id === name)
      ? 12
      : ([8, 10, 28, 12, 12, 12, 30, 30][
          OBSERVATION_COLUMNS.indexOf((name === 'Period' ? 'Year' : name) as never)
        ] ?? 12);
  });
  // ExcelJS writes `dataValidations` (ranges included) but its types leave the property out.
  const validations = (
    data as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  const measureList = `${MEASURES_SHEET}!$A$2:$A$${rules.measures.length + 1}`;
  const unitList = `${UNITS_SHEET}!$A$2:$A$${bundle.registry.units.length + 1}`;
  const unitIds = bundle.registry.units.map((u) => u.id);
  let row = 1;
  for (const m of rules.measures) {
    const applies = rules.unitsFor(m.id, year);
    const { min, max } = unitBounds(m.unit.kind);
    const first = row + 1;
    // The total, then a row per category of each dimension the measure declares.
    const splits = categorySplits(m, dimensions);
    for (const unitId of unitIds) {
      if (!applies.has(unitId)) continue;
      for (const categories of [{}, ...splits]) {
        data.addRow(
          columns.map((c) =>
            c === timeColumn
              ? (time.period ?? year)
              : c === 'Measure'
                ? m.code
                : c === 'Unit'
                  ? unitId
                  : ((categories as Record<string, string>)[c] ?? null),
          ),
        );
        row++;
      }
    }
    if (row < first) continue;
    const range = (col: string) => `${col}${first}:${col}${row}`;
    const bounds =
      m.unit.kind === 'count'
        ? { type: 'whole' as const, operator: 'greaterThanOrEqual' as const, formulae: [0] }
        : { type: 'decimal' as const, operator: 'between' as const, formulae: [min, max] };
    const boundsText = m.unit.kind === 'count' ? '≥ 0' : `${min}–${max}`;
    validations.add(range(col('Value')), {
      ...bounds,
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: `${m.code}: ${UNIT_NAME[m.unit.kind].en}`,
      error: `Chỉ số ${m.code} (${UNIT_NAME[m.unit.kind].vi}): ${boundsText} / measure ${m.code} (${UNIT_NAME[m.unit.kind].en}): ${boundsText}`,
    });
  }
  // Drop-downs for rows the office adds below as well.
  const last = Math.max(row, 1) + 1000;
  validations.add(`B2:B${last}`, { type: 'list', allowBlank: true, formulae: [measureList] });
  validations.add(`C2:C${last}`, { type: 'list', allowBlank: true, formulae: [unitList] });
  dimensions.forEach((d, i) => {
    const list = `${CATEGORIES_SHEET}!$${letter(i)}$2:$${letter(i)}$${d.categories.length + 1}`;
    const at = col(d.id);
    validations.add(`${at}2:${at}${last}`, { type: 'list', allowBlank: true, formulae: [list] });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
