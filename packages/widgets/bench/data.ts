/**
 * The benchmark's snapshot: the demo plan, Decision 23 catalog (35 measures) and registry of
 * @kehoach/mocks, with a `progress` entry for each of 10 years (2017–2026) × 9 units, each
 * holding all 35 measures. Values are synthesised with a seeded PRNG (deterministic,
 * illustrative, not statistics) and assessed with the sdk's `assessProgress`, so statuses,
 * reasons and milestones are the ones the API would serve.
 */

import { mulberry32 } from '@kehoach/mocks';
import catalog from '@kehoach/mocks/snapshots/catalog.json' with { type: 'json' };
import organizations from '@kehoach/mocks/snapshots/organizations.json' with { type: 'json' };
import plan from '@kehoach/mocks/snapshots/plan.json' with { type: 'json' };
import {
  assessProgress,
  type IndicatorCatalog,
  type Measure,
  type MeasureProgress,
  type OrganizationRegistry,
  type Plan,
  type ProgressResponse,
} from '@kehoach/sdk';
import type { ProgressDashboardData } from '../src/elements/kh-progress-dashboard/kh-progress-dashboard.data.js';

export const YEARS = Array.from({ length: 10 }, (_, i) => 2026 - i); // 2026 … 2017, newest first
/** The province today, the former province merged into it, and seven communes. */
export const UNITS = [
  'lam-dong',
  'dak-nong',
  ...Array.from({ length: 7 }, (_, i) => `lam-dong.xa-minh-hoa-0${i + 1}`),
];
/** "Today" for the dashboard's `now` (successor labels depend on it). */
export const NOW = '2026-11-28T09:00:00+07:00';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One unit's yearly series of one measure, 2017–2026, some years missing; sometimes none. */
function series(m: Measure, unitIndex: number, measureIndex: number): { year: number; value: number }[] {
  const rnd = mulberry32(1000 * unitIndex + measureIndex + 1);
  if (unitIndex > 1 && rnd() < 0.06) return []; // a commune that never reported this measure
  const level = m.targets.find((t) => t.kind === 'level' || t.kind === 'maintain');
  const aim = level && 'value' in level ? level.value : 50;
  const up = m.direction !== 'decrease';
  const kind = m.unit.kind;
  let v: number;
  let step: number;
  if (kind === 'count') {
    v = 80 + Math.floor(rnd() * 200);
    step = -Math.max(1, Math.round(v * (0.01 + rnd() * 0.04)));
  } else {
    v = aim * (up ? 0.8 + rnd() * 0.15 : 1.1 + rnd() * 0.3);
    step = aim * (0.005 + rnd() * 0.03) * (up ? 1 : -1);
  }
  const out: { year: number; value: number }[] = [];
  for (let year = 2017; year <= 2026; year++) {
    v += step * (0.4 + rnd() * 1.2) - step * 0.3 * (rnd() < 0.2 ? 3 : 0);
    if (kind === 'percent') v = Math.min(100, Math.max(0, v));
    else v = Math.max(0, v);
    if (rnd() < 0.08 && year < 2026) continue; // a year not reported
    out.push({ year, value: kind === 'count' ? Math.round(v) : round(v, 1) });
  }
  return out;
}

export function makeSnapshot(): ProgressDashboardData {
  const cat = structuredClone(catalog) as IndicatorCatalog;
  const measures = cat.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
  const full = UNITS.map((_, u) => measures.map((m, k) => series(m, u, k)));
  const progress: ProgressResponse[] = [];
  // The province's newest year first: that is what the dashboard shows first.
  for (const [u, unitId] of UNITS.entries())
    for (const year of YEARS)
      progress.push({
        planId: (plan as Plan).id,
        year,
        unitId,
        illustrative: true,
        measures: measures.map((measure, k): MeasureProgress => {
          const s = full[u]![k]!.filter((p) => p.year <= year);
          return {
            measureId: measure.id,
            unitId,
            series: s,
            assessment: assessProgress({ measure, series: s, year }),
            contributors: [],
            illustrative: true,
          };
        }),
      });
  return {
    plan: structuredClone(plan) as Plan,
    catalog: cat,
    organizations: structuredClone(organizations) as OrganizationRegistry,
    progress,
  };
}
