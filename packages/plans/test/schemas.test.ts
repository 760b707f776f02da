import { IndicatorCatalogSchema, OrganizationRegistrySchema, PlanSchema, validate } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../src/index.js';

describe("every bundle parses with the sdk's schemas", () => {
  it.each([
    ['qd23', IndicatorCatalogSchema, qd23],
    ['dakNong2021', PlanSchema, dakNong2021],
    ['dakNongRegistry', OrganizationRegistrySchema, dakNongRegistry],
  ] as const)('%s', (_name, schema, bundle) => {
    const r = validate(schema, bundle);
    expect(r.success ? [] : r.errors).toEqual([]);
  });

  it('survives a JSON round trip unchanged (the bundles are plain data)', () => {
    for (const bundle of [qd23, dakNong2021, dakNongRegistry]) {
      expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
    }
  });
});
