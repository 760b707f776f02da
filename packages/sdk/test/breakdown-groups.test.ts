import { describe, expect, it } from 'vitest';
import { breakdownGroups, type Categories, type LevelTarget, seriesTargets } from '../src/index.js';
import { catalog } from './fixtures/disaggregated.js';

const row = (categories: Categories) => ({ categories });
const labels = (groups: ReturnType<typeof breakdownGroups<{ categories: Categories }>>) =>
  groups.map((g) => [g.dimensions.join('×'), g.rows.map((r) => Object.values(r.categories).join('/'))]);

describe('breakdownGroups', () => {
  it('groups a measure’s category series by dimension, in the measure’s then the catalog’s order', () => {
    // As served: the order observations first appeared in.
    const served = [
      row({ area: 'rural', sex: 'female' }),
      row({ sex: 'female' }),
      row({ area: 'rural' }),
      row({ sex: 'male', area: 'urban' }),
      row({ sex: 'male' }),
      row({ area: 'urban' }),
      row({ area: 'rural', sex: 'male' }),
    ];
    // 9b declares sex before area.
    expect(labels(breakdownGroups(served, ['sex', 'area'], catalog.dimensions))).toEqual([
      ['sex', ['male', 'female']],
      ['area', ['urban', 'rural']],
      // Each row keeps its categories; ordered by sex, then area.
      ['sex×area', ['male/urban', 'rural/male', 'rural/female']],
    ]);
    // Declared area first: area's group leads, and the combination is ordered by area.
    const byArea = breakdownGroups(served, ['area'], catalog.dimensions);
    expect(byArea.map((g) => g.dimensions)).toEqual([['area'], ['sex'], ['area', 'sex']]);
    expect(byArea[2]!.rows.map((r) => r.categories)).toEqual([
      { sex: 'male', area: 'urban' },
      { area: 'rural', sex: 'male' },
      { area: 'rural', sex: 'female' },
    ]);
    // The very objects given.
    expect(byArea[0]!.rows[0]).toBe(served[5]);
  });

  it('puts what the catalog does not name last, in the order served', () => {
    const served = [
      row({ age: 'old' }),
      row({ sex: 'other' }),
      row({ sex: 'female' }),
      row({ age: 'young' }),
    ];
    expect(labels(breakdownGroups(served, undefined, catalog.dimensions))).toEqual([
      ['sex', ['female', 'other']],
      ['age', ['old', 'young']],
    ]);
    expect(labels(breakdownGroups(served, undefined, undefined))).toEqual([
      ['age', ['old', 'young']],
      ['sex', ['other', 'female']],
    ]);
    expect(breakdownGroups([], ['sex'], catalog.dimensions)).toEqual([]);
  });
});

describe('seriesTargets', () => {
  it('keeps the total’s targets for the total and a category’s for that category only', () => {
    const targets: LevelTarget[] = [
      { kind: 'level', year: 2030, comparator: '<', value: 10 },
      { kind: 'level', year: 2030, comparator: '<', value: 12, categories: { area: 'rural' } },
      { kind: 'level', year: 2030, comparator: '<', value: 9, categories: {} },
      { kind: 'level', year: 2030, comparator: '<', value: 5, categories: { sex: 'female', area: 'rural' } },
    ];
    expect(seriesTargets(targets, '').map((t) => t.value)).toEqual([10, 9]);
    expect(seriesTargets(targets, 'area=rural').map((t) => t.value)).toEqual([12]);
    expect(seriesTargets(targets, 'area=rural;sex=female').map((t) => t.value)).toEqual([5]);
    expect(seriesTargets(targets, 'area=urban')).toEqual([]);
  });
});
