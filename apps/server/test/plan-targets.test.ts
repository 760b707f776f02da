/**
 * Catalogs and targets on the server: the illustrative province plan that adopts Decision 23 and
 * overrides some of its targets (fixture c) is stored, its observations imported (its own
 * measure too), and progress is served against the plan's targets with the national ones kept
 * beside them; the export says both. A plan whose override names no catalog measure is refused,
 * nothing stored.
 */
import type { Buffer } from 'node:buffer';
import { dakNongRegistry, lamDong2026, qd23 } from '@kehoach/plans';
import type { ProgressResponse } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { consolidate } from '../src/exports/data.js';
import { buildXlsx } from '../src/exports/xlsx.js';
import { importObservations } from '../src/observations/import.js';
import { csvTextRows } from '../src/observations/read.js';
import { BundleStore, storeBundles } from '../src/services/bundles.js';
import { xlsxStrings } from './export-readback.js';
import { useTestServer } from './helpers.js';

const s = useTestServer('file');
const PLAN_ID = lamDong2026.id;
const NOW = new Date('2026-12-01T03:00:00Z');

async function stored() {
  await storeBundles(
    s.db.kysely,
    { catalogs: [qd23], plans: [{ plan: lamDong2026, registry: dakNongRegistry }] },
    '2026-11-01T00:00:00.000Z',
  );
  // Illustrative figures: 98.6 % meets the nation's "≥ 98" for 2030, not the province's "≥ 99".
  await importObservations(
    s.db.kysely,
    PLAN_ID,
    csvTextRows(
      'Year,Measure,Unit,Value\n2025,5a,lam-dong,98.1\n2026,5a,lam-dong,98.6\n2026,25,lam-dong,97.5\n',
      'obs.csv',
    ),
    { file: 'obs.csv', now: NOW },
  );
}

describe('a province plan over the national catalog, on the server', () => {
  it('serves progress against the plan’s targets, the national ones beside them with their provenance', async () => {
    await stored();
    const res = await s.app.request(`/api/v1/plans/${PLAN_ID}/progress?year=2026&unitId=lam-dong`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ProgressResponse;
    const m = body.measures.find((x) => x.measureId === 'qd23.5a')!;
    // Observations are the unit's, whatever plan reads them: the demo's years, then these two.
    expect(m.series.slice(-2).map((p) => [p.year, p.value])).toEqual([
      [2025, 98.1],
      [2026, 98.6],
    ]);
    expect(m.assessment.target).toEqual({ kind: 'level', year: 2028, comparator: '≥', value: 98.5 });
    expect(m.assessment.status).toBe('target_achieved');
    expect(m.assessment.milestones.map((x) => [x.year, x.value])).toEqual([
      [2028, 98.5],
      [2030, 99],
    ]);
    expect(m.targets?.source).toBe('plan');
    expect(m.otherTargets).toEqual({
      source: 'catalog',
      document: '23/QĐ-TTg',
      targets: [
        { kind: 'level', year: 2025, comparator: '≥', value: 97 },
        { kind: 'level', year: 2030, comparator: '≥', value: 98 },
      ],
    });
    const own = body.measures.find((x) => x.measureId === 'lam-dong-2026.25')!;
    expect(own.series.map((p) => p.value)).toEqual([97.5]);
    expect(own.targets).toEqual({
      source: 'plan',
      targets: [{ kind: 'maintain', phaseFrom: 2026, year: 2030, comparator: '=', value: 100 }],
    });
    expect(own.otherTargets).toBeUndefined();
  });

  it('exports the plan’s target with the national one beside it', async () => {
    await stored();
    const bundle = (await new BundleStore(s.db.kysely).bundle(PLAN_ID))!;
    const c = await consolidate(s.db.kysely, bundle, 2026, NOW);
    const b: Buffer = await buildXlsx(c);
    const cells = await xlsxStrings(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    const texts = cells.map((x) => x.text);
    expect(texts).toContain('≥ 99 % (23/QĐ-TTg: ≥ 98 %)');
    expect(texts).toContain('≥ 97 % (giai đoạn 2026–2030) (23/QĐ-TTg: ≥ 95 %)');
    expect(texts).toContain('Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế (minh họa)');
  });

  it('refuses an override of a measure the catalog lacks, in both languages, and stores nothing', async () => {
    const bad = structuredClone(lamDong2026);
    bad.id = 'lam-dong-2026-refused';
    bad.targetOverrides![0]!.measureId = 'qd23.99';
    const err = await storeBundles(
      s.db.kysely,
      { catalogs: [qd23], plans: [{ plan: bad, registry: dakNongRegistry }] },
      '2026-11-01T00:00:00.000Z',
    ).catch((e: unknown) => e);
    const fields = (err as { errors?: { path: string; code: string; message: { vi: string; en: string } }[] })
      .errors;
    expect(fields?.map((e) => [e.path, e.code])).toEqual([
      ['targetOverrides.0.measureId', 'unknown_override_measure'],
    ]);
    expect(fields![0]!.message.vi).toContain('bộ chỉ tiêu');
    expect(fields![0]!.message.en).toContain('catalog');
    expect(await new BundleStore(s.db.kysely).bundle(bad.id)).toBeNull();
  });
});
