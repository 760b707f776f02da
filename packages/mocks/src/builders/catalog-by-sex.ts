import { catalogMeasures, type IndicatorCatalog, type Observation, type Target } from '@kehoach/sdk';
import { demo } from '../fixtures/demo.js';

export interface CatalogBySexOptions {
  /** The catalog to start from (cloned, never changed); the demo's by default. */
  catalog?: IndicatorCatalog;
  /** Whether the categories add up to the total (`disaggregation.additive`); true by default. */
  additive?: boolean;
  /** Targets added to the measure, e.g. one of a category's series only. */
  targets?: Target[];
  /** The Vietnamese title of the category `female` ("Nữ"), e.g. markup a widget must show as text. */
  femaleTitle?: string;
}

/**
 * A test catalog with the dimension sex (giới tính: `male` Nam, `female` Nữ) and `measureId`
 * broken down by it: the catalog every disaggregation test of the server, the mocks and the
 * widgets starts from, so that they agree on ids and titles. Throws when the catalog has no such
 * measure.
 */
export function catalogBySex(measureId: string, options: CatalogBySexOptions = {}): IndicatorCatalog {
  const catalog = structuredClone(options.catalog ?? demo.catalog);
  catalog.dimensions = [
    {
      id: 'sex',
      title: { vi: 'Giới tính', en: 'Sex' },
      categories: [
        { id: 'male', title: { vi: 'Nam', en: 'Male' } },
        { id: 'female', title: { vi: options.femaleTitle ?? 'Nữ', en: 'Female' } },
      ],
    },
  ];
  const measure = catalogMeasures(catalog).find((m) => m.id === measureId);
  if (!measure) throw new Error(`catalog ${catalog.id} has no measure ${measureId}`);
  measure.disaggregation = { dimensions: ['sex'], additive: options.additive ?? true };
  measure.targets.push(...(options.targets ?? []));
  return catalog;
}

/**
 * Figures of a rate broken down by sex for {@link catalogBySex}'s measure, at `unitId`: 2022 and
 * 2024, the total (7 % then 6 %) with boys' (8 %, 7.2 %) and girls' (6 %, 4.8 %) series, numerators
 * and denominators adding up. Girls first when `girlsFirst` (a server may answer in any order).
 */
export function observationsBySex(
  measureId: string,
  unitId: string,
  options: { illustrative?: boolean; girlsFirst?: boolean } = {},
): Observation[] {
  const obs = (year: number, n: number, d: number, sex?: string): Observation => ({
    measureId,
    unitId,
    year,
    value: (n / d) * 100,
    numerator: n,
    denominator: d,
    ...(options.illustrative ? { illustrative: true } : {}),
    ...(sex && { categories: { sex } }),
  });
  const boys = [obs(2022, 40, 500, 'male'), obs(2024, 36, 500, 'male')];
  const girls = [obs(2022, 30, 500, 'female'), obs(2024, 24, 500, 'female')];
  return [
    obs(2022, 70, 1000),
    obs(2024, 60, 1000),
    ...(options.girlsFirst ? [...girls, ...boys] : [...boys, ...girls]),
  ];
}
