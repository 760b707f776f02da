import { measuresById } from '../duties/catalog-index.js';
import { type FieldError, ONCE } from '../i18n/validation.js';
import { formatTyped } from '../reports/measure-values.js';
import type { Categories } from '../schemas/dimension.js';
import type { IndicatorCatalog } from '../schemas/indicator.js';
import { seriesKey } from '../schemas/series-key.js';
import { additiveExcess } from './additive.js';
import { categoryProblems, dimensionName } from './categories.js';

/** The part of a report row {@link disaggregationErrors} reads; a `MeasureReport` fits. */
export interface DisaggregatedLine {
  measureId: string;
  unitId?: string | undefined;
  categories?: Categories | undefined;
  value: number | null;
  numerator?: number | undefined;
  denominator?: number | undefined;
}

const TEXTS = {
  unknown_dimension: {
    vi: 'một tiêu chí phân tổ mà chỉ số khai báo',
    en: 'a dimension the measure declares',
  },
  unknown_category: {
    vi: 'một nhóm (category) của tiêu chí phân tổ này',
    en: 'a category of this dimension',
  },
  duplicate_entry: ONCE,
} as const;

/**
 * Field errors of a report's categories against the catalog — the rule on top of
 * `ReportContentSchema` that needs the catalog, run by the server and the mocks on save and submit:
 *
 * - `duplicate_entry` at `measures.4.measureId`: a second row of one measure, unit and categories
 *   ({@link seriesKey}: whatever the order of the keys; `{}` and no categories are both the total);
 * - `unknown_dimension` at `measures.3.categories.sex`: the measure does not declare the dimension;
 * - `unknown_category` there: the category is not one of the dimension's;
 * - `parts_exceed_total` at `measures.0.value` (or `.numerator`, `.denominator`): for an additive
 *   measure, the rows of one unit that break a figure down by a dimension sum to more than it
 *   ({@link additiveExcess}).
 *
 * Rows of measures the catalog lacks are left to `contentDutyErrors`. Pure: no I/O.
 */
export function disaggregationErrors(input: {
  content: { measures: readonly DisaggregatedLine[] };
  catalog: IndicatorCatalog;
  /** Prefix of every path, e.g. `content.`. */
  pathPrefix?: string;
}): FieldError[] {
  const prefix = `${input.pathPrefix ?? ''}measures.`;
  const measures = measuresById(input.catalog);
  const errors: FieldError[] = [];
  const fail = (path: string, code: keyof typeof TEXTS) =>
    errors.push({
      path,
      code,
      message: {
        vi: `Trường ${path}: cần ${TEXTS[code].vi}`,
        en: `Field ${path}: expected ${TEXTS[code].en}`,
      },
    });
  const groups = new Map<string, number[]>();
  const rows = new Set<string>();
  input.content.measures.forEach((m, i) => {
    const row = `${m.measureId}\n${m.unitId ?? ''}\n${seriesKey(m.categories)}`;
    if (rows.has(row)) fail(`${prefix}${i}.measureId`, 'duplicate_entry');
    rows.add(row);
    const measure = measures.get(m.measureId)?.measure;
    if (measure === undefined) return;
    for (const p of categoryProblems(input.catalog, measure, m.categories)) {
      fail(`${prefix}${i}.categories.${p.dimension}`, p.code);
    }
    if (measure.disaggregation?.additive) {
      const g = `${m.measureId}\n${m.unitId ?? ''}`;
      groups.set(g, [...(groups.get(g) ?? []), i]);
    }
  });
  for (const rows of groups.values()) {
    const figures = rows.map((i) => input.content.measures[i]!);
    const kind = measures.get(figures[0]!.measureId)!.measure.unit.kind;
    for (const x of additiveExcess(figures, kind !== 'count')) {
      const path = `${prefix}${rows[x.whole]}.${x.field}`;
      const parts = x.parts.map((p) => `${prefix}${rows[p]}`).join(', ');
      const n = (l: 'vi' | 'en') => [formatTyped(x.sum, l), formatTyped(x.limit, l)];
      const [sv, lv] = n('vi');
      const [se, le] = n('en');
      const by = dimensionName(input.catalog, x.dimension);
      errors.push({
        path,
        code: 'parts_exceed_total',
        message: {
          vi: `Trường ${path}: cần tổng các phần theo ${by.vi} (${parts}: ${sv}) không vượt quá ${lv}`,
          en: `Field ${path}: expected the parts by ${by.en} (${parts}: ${se}) to add up to at most ${le}`,
        },
      });
    }
  }
  return errors;
}
