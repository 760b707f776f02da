import type { IndicatorCatalog, Measure } from '../schemas/indicator.js';

/** Where a measure sits in the catalog. */
export interface MeasurePlace {
  measure: Measure;
  indicatorId: string;
  objectiveId: string;
}

const cache = new WeakMap<IndicatorCatalog, Map<string, MeasurePlace>>();

/** Measures of a catalog by id, with their indicator and objective; cached per catalog object. */
export function measuresById(catalog: IndicatorCatalog): Map<string, MeasurePlace> {
  let m = cache.get(catalog);
  if (m === undefined) {
    m = new Map();
    for (const o of catalog.objectives) {
      for (const i of o.indicators) {
        for (const measure of i.measures) {
          if (!m.has(measure.id)) m.set(measure.id, { measure, indicatorId: i.id, objectiveId: o.id });
        }
      }
    }
    cache.set(catalog, m);
  }
  return m;
}

/** Every measure of a catalog, in catalog order (objective, indicator, measure). */
export function catalogMeasures(catalog: IndicatorCatalog): Measure[] {
  return catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
}
