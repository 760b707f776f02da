import { readFileSync } from 'node:fs';
import { buildProgressResponse, type Observation, validateBundle } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { dakNongRegistry, lamDong2026, qd23 } from '../src/index.js';

const read = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../bundles/lam-dong-2026-illustrative/${name}`, import.meta.url), 'utf8'),
  ) as unknown;

describe('fixture (c): a province plan that adopts the national catalog and overrides some targets', () => {
  it('ships as files that say what the TypeScript says, and is a valid bundle', () => {
    expect(read('plan.json')).toEqual(lamDong2026);
    expect(read('catalog.json')).toEqual(qd23);
    expect(read('registry.json')).toEqual(dakNongRegistry);
    const r = validateBundle({
      plan: read('plan.json'),
      registry: read('registry.json'),
      catalog: read('catalog.json'),
    });
    expect(r.success ? [] : r.errors).toEqual([]);
  });

  it('says it is illustrative in its title and source', () => {
    expect(lamDong2026.title.vi).toContain('minh họa');
    expect(lamDong2026.title.en).toContain('illustrative');
    expect(lamDong2026.source?.note).toMatch(/^Illustrative/);
  });

  it('is assessed against its own targets, the national ones kept beside them with their provenance', () => {
    // Illustrative figures: 98.6 % meets the nation's 2030 "≥ 98" but not the province's "≥ 99".
    const observations: Observation[] = [
      { measureId: 'qd23.5a', unitId: 'lam-dong', year: 2026, value: 98.2, illustrative: true },
      { measureId: 'qd23.5a', unitId: 'lam-dong', year: 2027, value: 98.6, illustrative: true },
      { measureId: 'lam-dong-2026.25', unitId: 'lam-dong', year: 2027, value: 100, illustrative: true },
    ];
    const r = buildProgressResponse({
      plan: lamDong2026,
      catalog: qd23,
      registry: dakNongRegistry,
      observations,
      year: 2027,
      unitId: 'lam-dong',
      now: new Date('2027-12-31T00:00:00Z'),
    });
    const m = r.measures.find((x) => x.measureId === 'qd23.5a')!;
    expect(m.assessment.target).toEqual({ kind: 'level', year: 2028, comparator: '≥', value: 98.5 });
    expect(m.assessment.status).toBe('target_achieved');
    expect(m.assessment.milestones.map((x) => [x.year, x.value, x.achieved])).toEqual([
      [2028, 98.5, true],
      [2030, 99, false],
    ]);
    expect(m.targets).toMatchObject({ source: 'plan', targets: lamDong2026.targetOverrides![2]!.targets });
    expect(m.otherTargets).toEqual({
      source: 'catalog',
      document: '23/QĐ-TTg',
      targets: [
        { kind: 'level', year: 2025, comparator: '≥', value: 97 },
        { kind: 'level', year: 2030, comparator: '≥', value: 98 },
      ],
    });
    // Overridden, all four; not overridden, the catalog's alone; the plan's own measure, last.
    const overridden = r.measures.filter((x) => x.otherTargets).map((x) => x.measureId);
    expect(overridden).toEqual(['qd23.2', 'qd23.3c', 'qd23.5a', 'qd23.21']);
    const plain = r.measures.find((x) => x.measureId === 'qd23.14')!;
    expect(plain.targets?.source).toBe('catalog');
    expect(plain.otherTargets).toBeUndefined();
    const own = r.measures.at(-1)!;
    expect(own.measureId).toBe('lam-dong-2026.25');
    expect(own.targets).toEqual({
      source: 'plan',
      targets: [{ kind: 'maintain', phaseFrom: 2026, year: 2030, comparator: '=', value: 100 }],
    });
    expect(own.assessment.status).toBe('target_achieved');
    expect(r.measures).toHaveLength(36);
  });
});
