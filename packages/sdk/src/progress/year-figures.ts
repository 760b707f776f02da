import { closesYear, parsePeriod } from '../periods/key.js';
import type { Observation } from '../schemas/observation.js';
import { seriesKey } from '../schemas/series-key.js';

/**
 * The observations progress is assessed on (số liệu năm): the yearly ones, and — for a measure,
 * unit, year and series the year has no figure of — the figure of the period that closes the year
 * (`2026-H2`, `2026-Q4`, `2026-12`: `closesYear`), as an accepted report on such a period gives
 * its year's values. Figures of earlier periods (H1, Q1–Q3, January to November) are kept and
 * served, never taken for the year's. In the order given, yearly figures first where both are.
 */
export function yearFigures<
  T extends Pick<Observation, 'measureId' | 'unitId' | 'year' | 'period' | 'categories'>,
>(observations: readonly T[]): T[] {
  if (!observations.some((o) => o.period !== undefined)) return observations as T[];
  const key = (o: T) => `${o.measureId}\n${o.unitId}\n${o.year}\n${seriesKey(o.categories)}`;
  const yearly = new Set(observations.filter((o) => o.period === undefined).map(key));
  return observations.filter((o) => {
    if (o.period === undefined) return true;
    const p = parsePeriod(o.period);
    return p !== null && closesYear(p) && !yearly.has(key(o));
  });
}
