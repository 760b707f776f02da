import { measuresById } from '../duties/catalog-index.js';
import type { FieldError } from '../i18n/validation.js';
import { unitBounds, unitFactor } from '../progress/bounds.js';
import type { IndicatorCatalog, MeasureUnit } from '../schemas/indicator.js';

type UnitKind = MeasureUnit['kind'];

/**
 * Decimals a rate is published with (two, as the widgets, exports and the progress page show
 * it): a value typed from numerator and denominator must agree with them to half of the last
 * published digit, 0.005.
 */
export const PUBLISHED_DECIMALS = 2;
const TOLERANCE = 0.5 * 10 ** -PUBLISHED_DECIMALS;

/**
 * The value of a rate from its numerator and denominator (tỷ lệ = tử số / mẫu số × 100, 1,000 or
 * 100,000), rounded as published: 881 of 1,000 is 88.1 %. What the report form shows, read-only,
 * as the officer types the parts, and what `measureValueErrors` holds a typed value against.
 * Undefined for counts (no parts) and when the parts are not finite or the denominator is not
 * positive.
 */
export function derivedValue(kind: UnitKind, numerator: number, denominator: number): number | undefined {
  if (kind === 'count' || !Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0)
    return undefined;
  return roundPublished((numerator / denominator) * unitFactor(kind));
}

/**
 * A figure rounded as it is published, to {@link PUBLISHED_DECIMALS} decimals: 86.587546 is
 * 86.59. What the report form shows as last year's value and what {@link derivedValue} gives.
 */
export function roundPublished(value: number): number {
  const scale = 10 ** PUBLISHED_DECIMALS;
  return Math.round(value * scale) / scale;
}

/** The part of a measure line {@link measureValueErrors} looks at; a `MeasureReport` fits. */
export interface MeasureValueLine {
  measureId: string;
  value?: number | null;
  numerator?: number | undefined;
  denominator?: number | undefined;
}

/** Input of {@link measureValueErrors}. */
export interface MeasureValueInput {
  content: { measures: readonly MeasureValueLine[] };
  /** The plan's catalog: the unit of each measure. Measures it lacks are left to `contentDutyErrors`. */
  catalog: IndicatorCatalog;
  /** Prefix of every path, e.g. `content.` for a request body. Default none: `measures.3.value`. */
  pathPrefix?: string;
}

/**
 * A figure as typed, written back in `lang` with every decimal kept (up to 6): "1.250.000" and
 * "86,587546" in Vietnamese. The messages here and the report form's fields write numbers so.
 */
export const formatTyped = (n: number, lang: 'vi' | 'en'): string =>
  n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 6 });
const fmt = formatTyped;

/**
 * Field errors for the figures of a report's measures that their unit does not allow — the rule
 * on top of `ReportContentSchema` (finite, ≥ 0, ≤ 10^12, numerator ≤ denominator) that needs the
 * catalog. The same check runs in the report form, the mocks and the server, drafts included:
 *
 * - `out_of_bounds`: a value outside the unit's bounds (`unitBounds`: a percentage 0–100, a rate
 *   per 1,000 at most 1,000 and per 100,000 at most 100,000, the most a share can reach — every
 *   rate of the catalog is a share of its denominator — so that the progress engine can assess
 *   every accepted value);
 * - `whole_number`: a count that is not a whole number;
 * - `parts_not_for_count`: numerator and denominator given for a count (they would be dropped);
 * - `value_mismatch`: a rate given with numerator and denominator whose value is missing or
 *   disagrees with them by more than the published rounding (0.005): 88.1 % typed with 8,748 of
 *   10,000 is refused, the value is {@link derivedValue} of the parts. A value alone stands alone.
 *
 * Paths point at the field to correct (`measures.3.value`, with `pathPrefix` in front).
 * Messages are in Vietnamese and English. Pure: no I/O; runs in the browser and on the server.
 */
export function measureValueErrors(input: MeasureValueInput): FieldError[] {
  const prefix = input.pathPrefix ?? '';
  const measures = measuresById(input.catalog);
  const errors: FieldError[] = [];
  // Kept terse: this module ships in the report form, inside its size budget. `say(l)` is the
  // expected text in language `l`, in the words of `toFieldErrors`.
  const fail = (path: string, code: string, say: (l: 'vi' | 'en') => string) =>
    errors.push({
      path,
      code,
      message: { vi: `Trường ${path}: cần ${say('vi')}`, en: `Field ${path}: expected ${say('en')}` },
    });
  const both = (vi: string, en: string) => (l: 'vi' | 'en') => (l === 'vi' ? vi : en);
  input.content.measures.forEach((m, i) => {
    const kind = measures.get(m.measureId)?.measure.unit.kind;
    if (kind === undefined) return;
    const path = `${prefix}measures.${i}.`;
    const value = typeof m.value === 'number' ? m.value : undefined;
    if (kind === 'count') {
      if (value !== undefined && !Number.isInteger(value))
        fail(`${path}value`, 'whole_number', both('một số nguyên', 'a whole number'));
      if (m.numerator !== undefined || m.denominator !== undefined)
        fail(
          `${path}numerator`,
          'parts_not_for_count',
          both('không có tử số, mẫu số cho số đếm', 'no numerator or denominator for a count'),
        );
      return;
    }
    const { min, max } = unitBounds(kind);
    if (value !== undefined && (value < min || value > max)) {
      fail(`${path}value`, 'out_of_bounds', (l) =>
        l === 'vi'
          ? `một số từ ${fmt(min, l)} đến ${fmt(max, l)}`
          : `a number from ${fmt(min, l)} to ${fmt(max, l)}`,
      );
      return;
    }
    const n = m.numerator;
    const d = m.denominator;
    if (typeof n !== 'number' || typeof d !== 'number') return;
    const f = unitFactor(kind);
    const derived = derivedValue(kind, n, d);
    if (derived === undefined) return; // Not finite or not positive: the schema says so.
    const exact = (n / d) * f;
    if (value !== undefined && Math.abs(value - exact) <= TOLERANCE * (1 + 1e-9) + 1e-12 * exact) return;
    fail(
      `${path}value`,
      'value_mismatch',
      (l) =>
        `${l === 'vi' ? 'giá trị khớp với tử số và mẫu số' : 'a value that agrees with numerator and denominator'}: ${fmt(n, l)} / ${fmt(d, l)} × ${fmt(f, l)} = ${fmt(derived, l)}${value === undefined ? '' : ` (${l === 'vi' ? 'đã nhập' : 'typed'} ${fmt(value, l)})`}`,
    );
  });
  return errors;
}
