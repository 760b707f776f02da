import type { Measure } from '../schemas/indicator.js';
import { seriesTargets } from './breakdown.js';

const cache = new WeakMap<Measure, Map<string, Measure>>();

/**
 * The measure as the series `key` (`seriesKey`) is assessed against: the total ('') is the
 * measure itself; a category's has only the targets set for that category ({@link seriesTargets},
 * their `categories` dropped, so the engine takes them as its own). Cached per measure object and
 * key, so the engine's per-measure caches hold.
 */
export function seriesMeasure(measure: Measure, key: string): Measure {
  if (key === '') return measure;
  const byKey = cache.get(measure) ?? new Map<string, Measure>();
  cache.set(measure, byKey);
  let m = byKey.get(key);
  if (m === undefined) {
    const targets = seriesTargets(measure.targets, key).map(
      ({ categories: _, ...t }) => t as Measure['targets'][number],
    );
    m = { ...measure, targets };
    byKey.set(key, m);
  }
  return m;
}
