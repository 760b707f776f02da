import {
  type Assessment,
  assessProgress,
  implausibleChange,
  type Measure,
  type MeasureReport,
  type ProgressResponse,
  type Target,
} from '@kehoach/sdk';
import { formatNumber } from '../../common.js';
import type { Lang } from '../../i18n.js';

/** What the reviewer reads beside one reported value: last year, the targets, the status they give. */
export interface MeasureContext {
  /** Last year's value for the same unit (accepted reports and published figures), if known. */
  previous: number | undefined;
  /** The sdk's assessment of the series with this year's reported value, or null without a value. */
  assessment: Assessment | null;
  /** The value moved implausibly far from last year's (the form's rule, from the sdk). */
  implausible: boolean;
}

/**
 * The context of a reported value: last year's point from `progress` (the unit's progress of the
 * year before), and `assessProgress` over that series with the reported value as this year's.
 */
export function measureContext(
  measure: Measure | undefined,
  line: MeasureReport,
  year: number,
  progress: ProgressResponse | null,
): MeasureContext {
  const series = progress?.measures.find((m) => m.measureId === line.measureId)?.series ?? [];
  const previous = series.find((p) => p.year === year - 1)?.value;
  if (!measure || line.value === null) return { previous, assessment: null, implausible: false };
  const points = [
    ...series.filter((p) => p.year < year).map((p) => ({ year: p.year, value: p.value })),
    { year, value: line.value },
  ];
  return {
    previous,
    assessment: assessProgress({ measure, series: points, year }),
    implausible: implausibleChange(previous ?? Number.NaN, line.value, measure.unit.kind),
  };
}

const UNIT_SUFFIX = { percent: '%', per_1000: '‰', per_100000: '/100.000', count: '' } as const;

/** A figure of `measure` with its unit sign. */
export function withUnit(measure: Measure | undefined, n: number, lang: Lang): string {
  return `${formatNumber(n, lang)}${measure ? (UNIT_SUFFIX[measure.unit.kind] ?? '') : ''}`;
}

const TEXT = {
  maintain: { vi: 'duy trì', en: 'maintain' },
  up: { vi: 'tăng', en: 'up' },
  down: { vi: 'giảm', en: 'down' },
  perYear: { vi: '/năm', en: '/year' },
} as const;

/** One target as a line: "2025: ≥ 90%", "2030: duy trì = 100%", "2021–2030: giảm ≥ 5%/năm". */
export function targetText(measure: Measure, target: Target, lang: Lang): string {
  if (target.kind === 'yearly_change') {
    const range = `${formatNumber(target.minPercent, lang)}${target.aimPercent ? `–${formatNumber(target.aimPercent, lang)}` : ''}%`;
    const way = measure.direction === 'decrease' ? TEXT.down : TEXT.up;
    return `${target.fromYear}–${target.toYear}: ${way[lang]} ≥ ${range}${TEXT.perYear[lang]}`;
  }
  const keep = target.kind === 'maintain' ? `${TEXT.maintain[lang]} ` : '';
  return `${target.year}: ${keep}${target.comparator} ${withUnit(measure, target.value, lang)}`;
}
