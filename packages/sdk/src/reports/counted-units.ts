import { above, countingDay, unitsInForce } from '../aggregate/counted-units.js';
import { buildUnitTargets } from '../aggregate/unit-targets.js';
import { measuresById } from '../duties/catalog-index.js';
import type { FieldError } from '../i18n/validation.js';
import type { IndicatorCatalog } from '../schemas/indicator.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import { indexRegistry } from '../succession/registry-index.js';

/** What {@link countedUnitErrors} reads. */
export interface CountedUnitInput {
  content: {
    measures: readonly {
      measureId: string;
      unitId?: string;
      value?: number | null;
      numerator?: number;
      denominator?: number;
    }[];
  };
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  /** Year of the report: units are counted as in force on its 31 December. */
  year: number;
  /** The reporting agency's own unit, which a row without `unitId` is for. */
  agencyUnitId: string | undefined;
  /** Put in front of every path (`content.`). */
  pathPrefix?: string;
}

/**
 * Field errors for the answers to shares of units (`unitsCounted`) that do not fit the registry:
 * - `units_counted_level`: a unit below the counted level answers (a commune for a share of
 *   provinces), or one the registry does not know;
 * - `units_counted_answer`: a unit of the counted level answers anything but yes (1 of 1) or no (0 of 1);
 * - `units_counted_denominator`: a unit above answers a count whose denominator is not the number
 *   of its units the registry has in force at the year's end (the message says that number).
 * A line without a figure (`value: null`, no numerator nor denominator — "no data yet", said in
 * its note) answers nothing and is not checked.
 * Server-side (the mocks too): a report is refused with these, nothing stored.
 */
export function countedUnitErrors(input: CountedUnitInput): FieldError[] {
  const prefix = input.pathPrefix ?? '';
  const measures = measuresById(input.catalog);
  const { units } = indexRegistry(input.registry);
  const day = countingDay(input.year);
  const errors: FieldError[] = [];
  const fail = (path: string, code: string, vi: string, en: string) =>
    errors.push({
      path,
      code,
      message: { vi: `Trường ${path}: cần ${vi}`, en: `Field ${path}: expected ${en}` },
    });
  input.content.measures.forEach((row, i) => {
    const level = measures.get(row.measureId)?.measure.unitsCounted?.level;
    if (level === undefined) return;
    // No figure yet (the line says why in its note): nothing answered, nothing to check.
    if (row.value === null && row.numerator === undefined && row.denominator === undefined) return;
    const path = `${prefix}measures.${i}.`;
    const unitId = row.unitId ?? input.agencyUnitId;
    const unit = unitId === undefined ? undefined : units.get(unitId);
    if (unit === undefined || (unit.level !== level && !above(unit.level, level))) {
      fail(
        `${path}${row.unitId === undefined ? 'measureId' : 'unitId'}`,
        'units_counted_level',
        `đơn vị hành chính cấp ${LEVEL_VI[level]} hoặc cấp trên (chỉ số tính tỷ lệ đơn vị cấp ${LEVEL_VI[level]})`,
        `an administrative unit of ${level} level or above (the measure is a share of ${level}s)`,
      );
      return;
    }
    if (unit.level === level) {
      if ((row.numerator !== 0 && row.numerator !== 1) || row.denominator !== 1)
        fail(
          `${path}numerator`,
          'units_counted_answer',
          'câu trả lời có (tử số 1, mẫu số 1) hoặc không (tử số 0, mẫu số 1)',
          'an answer yes (numerator 1, denominator 1) or no (numerator 0, denominator 1)',
        );
      return;
    }
    const table = buildUnitTargets(input.registry, [unit.id], day);
    const expected = unitsInForce(input.registry, table, 0, level, day);
    if (row.denominator !== expected)
      fail(
        `${path}denominator`,
        'units_counted_denominator',
        `mẫu số bằng số đơn vị cấp ${LEVEL_VI[level]} của ${unit.name.vi} theo danh mục ngày ${day}: ${expected}`,
        `a denominator equal to the ${level}s of ${unit.name.en ?? unit.name.vi} in the registry on ${day}: ${expected}`,
      );
  });
  return errors;
}

const LEVEL_VI: Record<string, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
