import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import {
  bundleMessages,
  IndicatorCatalogSchema,
  OrganizationRegistrySchema,
  PlanSchema,
  ReportSchema,
  validate,
} from '../src/index.js';

/** One broken copy of each bundle rule the sdk raises with its own code. */
const broken: [string, () => [Parameters<typeof validate>[0], unknown]][] = [
  [
    'year_range_order',
    () => [PlanSchema, { ...dakNong2021, period: { from: 2030, to: 2021 }, milestones: [] }],
  ],
  ['milestone_outside_period', () => [PlanSchema, { ...dakNong2021, milestones: [2040] }]],
  [
    'partial_date_invalid_day',
    () => [PlanSchema, { ...dakNong2021, issued: { year: 2021, month: 2, day: 30 } }],
  ],
  [
    'http_url',
    () => [PlanSchema, { ...dakNong2021, source: { ...dakNong2021.source, url: 'javascript:1' } }],
  ],
  [
    'duplicate_id',
    () => [
      OrganizationRegistrySchema,
      { ...dakNongRegistry, units: [...dakNongRegistry.units, dakNongRegistry.units[0]] },
    ],
  ],
  [
    'unknown_parent_agency',
    () => [
      OrganizationRegistrySchema,
      { ...dakNongRegistry, agencies: [{ ...dakNongRegistry.agencies[1]!, id: 'x', parentId: 'nowhere' }] },
    ],
  ],
  [
    'indicator_code',
    () => {
      const c = structuredClone(qd23);
      c.objectives[0]!.indicators[0]!.measures[0]!.code = '3 a';
      return [IndicatorCatalogSchema, c];
    },
  ],
];

describe('texts of the bundle rules', () => {
  it.each(broken)('%s: with bundleMessages, its own text in both languages', (code, make) => {
    const [schema, data] = make();
    const r = validate(schema, data, bundleMessages);
    expect(r.success).toBe(false);
    if (r.success) return;
    const e = r.errors.find((x) => x.code === code);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(e?.message.vi).toContain(bundleMessages[code]!.vi);
    expect(e?.message.en).toContain(bundleMessages[code]!.en);
  });

  it.each(broken)('%s: without them, the same code and field with a generic text', (code, make) => {
    const [schema, data] = make();
    const withTexts = validate(schema, data, bundleMessages);
    const bare = validate(schema, data);
    if (withTexts.success || bare.success) throw new Error('expected failures');
    expect(bare.errors.map((e) => [e.path, e.code])).toEqual(withTexts.errors.map((e) => [e.path, e.code]));
    const e = bare.errors.find((x) => x.code === code)!;
    expect(e.message.vi).toMatch(new RegExp(`^Trường ${e.path.replace(/\./g, '\\.')}: cần `));
    expect(e.message.en).not.toContain(bundleMessages[code]!.en);
  });

  it('report rules keep their texts without bundleMessages', () => {
    const r = validate(ReportSchema, { nope: 1 });
    expect(r.success).toBe(false);
  });
});
