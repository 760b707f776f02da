import { describe, expect, it } from 'vitest';
import {
  additiveExcess,
  bundleMessages,
  catalogRuleErrors,
  categorySplits,
  dimensionName,
  disaggregationErrors,
  type IndicatorCatalog,
  IndicatorCatalogSchema,
  type MeasureReport,
  measureTargets,
  ObservationSchema,
  ReportContentSchema,
  seriesKey,
  seriesMeasure,
  validate,
} from '../src/index.js';
import { catalog } from './fixtures/disaggregated.js';

const clone = (): IndicatorCatalog => structuredClone(catalog);
const obese = (c: IndicatorCatalog) => c.objectives[2]!.indicators[0]!.measures[0]!;
const at = 'objectives.2.indicators.0.measures.0';
const codes = (c: IndicatorCatalog) => {
  const r = validate(IndicatorCatalogSchema, c, bundleMessages);
  const schema = r.success ? [] : r.errors.map((e) => [e.path, e.code]);
  return [...schema, ...catalogRuleErrors(c).map((e) => [e.path, e.code])];
};

describe('seriesKey', () => {
  it('is empty for the total and sorted pairs otherwise', () => {
    expect(seriesKey(undefined)).toBe('');
    expect(seriesKey({})).toBe('');
    expect(seriesKey({ sex: 'female', area: 'rural' })).toBe('area=rural;sex=female');
    expect(seriesKey({ area: 'rural', sex: 'female' })).toBe('area=rural;sex=female');
  });
});

describe('catalog dimensions', () => {
  it('accepts the fixture', () => {
    expect(codes(catalog)).toEqual([]);
  });

  it('refuses duplicate dimension and category ids', () => {
    const c = clone();
    c.dimensions![1]!.id = 'sex';
    c.dimensions![0]!.categories[1]!.id = 'male';
    // Checked with the catalog's rules (not the schema every widget downloads).
    expect(validate(IndicatorCatalogSchema, c).success).toBe(true);
    expect(
      catalogRuleErrors(c)
        .map((e) => [e.path, e.code])
        .slice(0, 2),
    ).toEqual([
      ['dimensions.0.categories.1.id', 'duplicate_id'],
      ['dimensions.1.id', 'duplicate_id'],
    ]);
  });

  it('refuses a measure naming a dimension the catalog does not declare, or one twice', () => {
    const c = clone();
    obese(c).disaggregation = { dimensions: ['area', 'age', 'area'], additive: false };
    expect(codes(c)).toEqual([
      [`${at}.disaggregation.dimensions.1`, 'unknown_dimension'],
      [`${at}.disaggregation.dimensions.2`, 'duplicate_id'],
    ]);
  });

  it('refuses a target for a category the measure does not declare', () => {
    const c = clone();
    obese(c).targets.push(
      { kind: 'level', year: 2030, comparator: '<', value: 9, categories: { sex: 'female' } },
      { kind: 'level', year: 2030, comparator: '<', value: 9, categories: { area: 'mountain' } },
    );
    const errors = catalogRuleErrors(c, ['catalog']);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`catalog.${at}.targets.3.categories.sex`, 'unknown_dimension'],
      [`catalog.${at}.targets.4.categories.area`, 'unknown_category'],
    ]);
    expect(errors[1]!.message.vi).toContain('tiêu chí phân tổ');
    expect(errors[1]!.message.en).toContain('a category of this dimension');
  });

  it('refuses unknown keys in a dimension and a disaggregation', () => {
    const c = clone() as never as { dimensions: object[] };
    Object.assign(c.dimensions[0]!, { order: 1 });
    Object.assign(obese(c as never).disaggregation!, { total: 'x' });
    const r = validate(IndicatorCatalogSchema, c);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors.map((e) => e.code)).toEqual(['unrecognized_keys', 'unrecognized_keys']);
  });
});

describe('categorySplits', () => {
  const measures = catalog.objectives[2]!.indicators[0]!.measures;
  it("lists a record per category of each declared dimension, in the catalog's order, one dimension at a time", () => {
    // 9b declares sex then area; the rows follow the catalog (sex, area), never a combination.
    expect(categorySplits(measures[1]!, catalog.dimensions)).toEqual([
      { sex: 'male' },
      { sex: 'female' },
      { area: 'urban' },
      { area: 'rural' },
    ]);
    expect(
      categorySplits({ disaggregation: { dimensions: ['area', 'sex'], additive: true } }, catalog.dimensions),
    ).toEqual(categorySplits(measures[1]!, catalog.dimensions));
    expect(categorySplits(measures[0]!, catalog.dimensions)).toEqual([{ area: 'urban' }, { area: 'rural' }]);
  });
  it('is empty for a measure without dimensions, or a catalog without them', () => {
    expect(categorySplits(measures[2]!, catalog.dimensions)).toEqual([]);
    expect(categorySplits(measures[1]!, undefined)).toEqual([]);
  });
});

describe('targets per category', () => {
  it("leave the total's targets to the total and give each category its own", () => {
    const m = obese(catalog);
    expect(measureTargets(m).milestones.map((t) => t.value)).toEqual([10]);
    expect(measureTargets(seriesMeasure(m, 'area=rural')).milestones.map((t) => t.value)).toEqual([12]);
    expect(seriesMeasure(m, 'area=rural').targets[0]).not.toHaveProperty('categories');
    expect(measureTargets(seriesMeasure(m, 'area=urban')).milestones.map((t) => t.value)).toEqual([8]);
    expect(seriesMeasure(m, 'area=rural')).toBe(seriesMeasure(m, 'area=rural'));
    expect(seriesMeasure(m, '')).toBe(m);
  });
});

describe('observations and report rows with categories', () => {
  it('take a record of ids and refuse other values', () => {
    const o = { measureId: 'm.obese', unitId: 'c.x', year: 2025, value: 9, categories: { area: 'rural' } };
    expect(ObservationSchema.safeParse(o).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...o, categories: { area: 'a b' } }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...o, categories: { area: 3 } }).success).toBe(false);
  });

  const row = (over: Partial<MeasureReport>): MeasureReport => ({
    measureId: 'm.births',
    value: 10,
    dataSource: '',
    note: '',
    ...over,
  });
  const content = (measures: MeasureReport[]) => ({
    tasks: [],
    measures,
    budget: [],
    difficulties: '',
    recommendations: '',
  });

  it('are one row per measure, unit and categories, whatever the order of the keys', () => {
    const ok = content([
      row({}),
      row({ value: 4, categories: { sex: 'male' } }),
      row({ value: 6, categories: { sex: 'female' } }),
    ]);
    expect(ReportContentSchema.safeParse(ok).success).toBe(true);
    expect(disaggregationErrors({ content: ok, catalog })).toEqual([]);
    const dup = content([
      row({ categories: { sex: 'male', area: 'rural' } }),
      row({ categories: { area: 'rural', sex: 'male' } }),
      row({ categories: {} }),
      row({}),
      row({ unitId: 'c.a' }),
    ]);
    expect(
      disaggregationErrors({ content: dup, catalog, pathPrefix: 'content.' }).map((e) => [e.path, e.code]),
    ).toEqual([
      ['content.measures.1.measureId', 'duplicate_entry'],
      ['content.measures.3.measureId', 'duplicate_entry'],
    ]);
  });

  it('name a category the measure does not declare', () => {
    const errors = disaggregationErrors({
      content: {
        measures: [
          row({ categories: { sex: 'other' } }),
          row({ categories: { age: 'u5' } }),
          row({ measureId: 'm.plain', categories: { sex: 'male' } }),
          row({ measureId: 'm.obese', categories: { sex: 'male' } }),
          row({ measureId: 'unknown', categories: { sex: 'x' } }),
        ],
      },
      catalog,
      pathPrefix: 'content.',
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['content.measures.0.categories.sex', 'unknown_category'],
      ['content.measures.1.categories.age', 'unknown_dimension'],
      ['content.measures.2.categories.sex', 'unknown_dimension'],
      ['content.measures.3.categories.sex', 'unknown_dimension'],
    ]);
    expect(errors[0]!.message.vi).toMatch(/^Trường content\.measures\.0\.categories\.sex: cần /);
    expect(errors[0]!.message.en).toMatch(/^Field content\.measures\.0\.categories\.sex: expected /);
  });

  it('refuse parts that exceed their total, for counts and for rates, per unit', () => {
    const errors = disaggregationErrors({
      content: {
        measures: [
          row({ value: 10 }),
          row({ value: 6, categories: { sex: 'male' } }),
          row({ value: 5, categories: { sex: 'female' } }),
          // Another unit: its parts are its own.
          row({ unitId: 'c.a', value: 10 }),
          row({ unitId: 'c.a', value: 4, categories: { sex: 'male' } }),
          row({ unitId: 'c.a', value: 6, categories: { sex: 'female' } }),
          // The cross-classification breaks the male figure down by area: 4 + 3 > 6? No: 4 + 3 = 7 > 6.
          row({ value: 4, categories: { sex: 'male', area: 'urban' } }),
          row({ value: 3, categories: { sex: 'male', area: 'rural' } }),
          row({
            measureId: 'm.obese',
            value: 10,
            numerator: 10,
            denominator: 100,
          }),
          row({
            measureId: 'm.obese',
            value: 15,
            numerator: 9,
            denominator: 60,
            categories: { area: 'urban' },
          }),
          row({
            measureId: 'm.obese',
            value: 5,
            numerator: 3,
            denominator: 60,
            categories: { area: 'rural' },
          }),
        ],
      },
      catalog,
      pathPrefix: 'content.',
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['content.measures.0.value', 'parts_exceed_total'],
      ['content.measures.1.value', 'parts_exceed_total'],
      ['content.measures.8.numerator', 'parts_exceed_total'],
      ['content.measures.8.denominator', 'parts_exceed_total'],
    ]);
    expect(errors[0]!.message.en).toContain('content.measures.1, content.measures.2: 11');
    expect(errors[0]!.message.vi).toContain('không vượt quá 10');
    // The dimension is named by its title, as an officer reads it, not by its id.
    expect(errors[2]!.message.vi).toContain('cần tổng các phần theo khu vực (');
    expect(errors[2]!.message.vi).not.toContain('theo area');
  });

  it('names a dimension by its title in a sentence, by its id when the catalog lacks it', () => {
    expect(dimensionName(catalog, 'area')).toEqual({ vi: 'khu vực', en: 'khu vực' });
    expect(
      dimensionName(
        { ...catalog, dimensions: [{ ...catalog.dimensions![0]!, title: { vi: 'Giới tính', en: 'Sex' } }] },
        'sex',
      ),
    ).toEqual({ vi: 'giới tính', en: 'sex' });
    expect(dimensionName(catalog, 'ethnicity')).toEqual({ vi: 'ethnicity', en: 'ethnicity' });
  });

  it('let parts that add up to the total, or less, or a measure that is not additive, pass', () => {
    expect(
      additiveExcess(
        [
          { value: 10 },
          { value: 4.3, categories: { sex: 'male' } },
          { value: 5.7, categories: { sex: 'female' } },
          { value: null, categories: { area: 'rural' } },
        ],
        false,
      ),
    ).toEqual([]);
    const notAdditive = structuredClone(catalog);
    notAdditive.objectives[2]!.indicators[0]!.measures[1]!.disaggregation!.additive = false;
    expect(
      disaggregationErrors({
        content: { measures: [row({ value: 1 }), row({ value: 5, categories: { sex: 'male' } })] },
        catalog: notAdditive,
      }),
    ).toEqual([]);
  });
});
