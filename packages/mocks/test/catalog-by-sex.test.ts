/** `catalogBySex`: the disaggregation tests' catalog is a valid catalog and leaves its base alone. */
import { catalogMeasures, IndicatorCatalogSchema, validate } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { catalogBySex, demo } from '../src/index.js';

describe('catalogBySex', () => {
  it('breaks the measure down by sex in a valid copy, with the targets given, and leaves the demo unchanged', () => {
    const before = structuredClone(demo.catalog);
    const target = {
      kind: 'level',
      year: 2030,
      comparator: '<',
      value: 5,
      categories: { sex: 'male' },
    } as const;
    const catalog = catalogBySex('qd23.4a', { targets: [target] });
    expect(validate(IndicatorCatalogSchema, catalog).success).toBe(true);
    expect(catalog.dimensions?.map((d) => [d.id, d.categories.map((c) => c.id)])).toEqual([
      ['sex', ['male', 'female']],
    ]);
    const measure = catalogMeasures(catalog).find((m) => m.id === 'qd23.4a')!;
    expect(measure.disaggregation).toEqual({ dimensions: ['sex'], additive: true });
    expect(measure.targets.at(-1)).toEqual(target);
    expect(
      catalogMeasures(catalog)
        .filter((m) => m.disaggregation)
        .map((m) => m.id),
    ).toEqual(['qd23.4a']);
    expect(demo.catalog).toEqual(before);
  });

  it('takes another base catalog, a non-additive breakdown and a title of its own; an unknown measure throws', () => {
    const catalog = catalogBySex('qd23.2', {
      catalog: demo.catalog,
      additive: false,
      femaleTitle: 'Nữ giới',
    });
    expect(catalogMeasures(catalog).find((m) => m.id === 'qd23.2')?.disaggregation?.additive).toBe(false);
    expect(catalog.dimensions?.[0]?.categories[1]?.title.vi).toBe('Nữ giới');
    expect(() => catalogBySex('qd23.none')).toThrow(/no measure qd23\.none/);
  });
});
