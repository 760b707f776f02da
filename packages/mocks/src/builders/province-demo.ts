import { lamDong2026 } from '@kehoach/plans';
import { buildProgressResponse, type Observation, type Plan, type ProgressResponse } from '@kehoach/sdk';
import { demo } from '../fixtures/demo.js';
import { ILLUSTRATIVE_SOURCE } from '../fixtures/labels.js';

/**
 * The illustrative province plan over the national catalog (@kehoach/plans `lamDong2026`:
 * four target overrides, a measure of its own, phase targets) with the demo's observations
 * and, for its own measure, three illustrative values of Lâm Đồng.
 */
export const provinceDemo: { plan: Plan; observations: Observation[] } = {
  plan: lamDong2026,
  observations: [
    ...demo.observations,
    ...[
      [2024, 96.1],
      [2025, 97.4],
      [2026, 98.2],
    ].map(
      ([year, value]): Observation => ({
        measureId: 'lam-dong-2026.25',
        unitId: 'lam-dong',
        year: year!,
        value: value!,
        illustrative: true,
        source: ILLUSTRATIVE_SOURCE,
      }),
    ),
  ],
};

/**
 * The province plan's `getProgress` body for the demo year in Lâm Đồng: each measure assessed
 * against the targets in force for the plan, the catalog's kept beside the overridden ones.
 */
export function buildProvinceProgress(year = demo.year): ProgressResponse {
  return buildProgressResponse({
    plan: provinceDemo.plan,
    catalog: demo.catalog,
    registry: demo.registry,
    observations: provinceDemo.observations,
    year,
    unitId: 'lam-dong',
    now: new Date(demo.now),
  });
}
