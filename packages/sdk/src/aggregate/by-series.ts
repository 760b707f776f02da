import type { Categories } from '../schemas/dimension.js';
import type { Observation } from '../schemas/observation.js';
import { categoriesOfKey, seriesKey } from '../schemas/series-key.js';
import { type AggregateInput, type AggregateResult, aggregateObservations } from './aggregate.js';
import type { AggregateCell } from './cells.js';

/** The aggregated cells of one series: the total (key '') or one combination of categories. */
export interface SeriesCells {
  /** {@link seriesKey} of the categories. */
  key: string;
  categories: Categories;
  cells: AggregateCell[];
}

/**
 * {@link aggregateObservations} per series (tổng hợp theo từng phân tổ): the observations are
 * split by {@link seriesKey} — the total and each combination of categories present — and each
 * part is aggregated on its own, so a category's figures are never summed into the total or
 * into another category. The total comes first (when it has observations), then the categories
 * in order of first appearance. `skipped` adds up over the series.
 */
export function aggregateBySeries(input: AggregateInput): {
  series: SeriesCells[];
  skipped: AggregateResult['skipped'];
} {
  const groups = new Map<string, Observation[]>([['', []]]);
  let split = false;
  for (const o of input.observations)
    if (o.categories && seriesKey(o.categories) !== '') {
      split = true;
      break;
    }
  if (!split) groups.set('', input.observations as Observation[]);
  else
    for (const o of input.observations) {
      const key = seriesKey(o.categories);
      const list = groups.get(key) ?? [];
      groups.set(key, list);
      list.push(o);
    }
  const series: SeriesCells[] = [];
  const skipped: AggregateResult['skipped'] = {
    unknownUnit: 0,
    unknownMeasure: 0,
    notAttributed: 0,
    badYear: 0,
    notCounted: 0,
  };
  for (const [key, observations] of groups) {
    if (observations.length === 0) continue;
    const r = aggregateObservations({ ...input, observations });
    for (const k of Object.keys(skipped) as (keyof typeof skipped)[]) skipped[k] += r.skipped[k];
    series.push({ key, categories: categoriesOfKey(key), cells: r.cells });
  }
  return { series, skipped };
}
