import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IndicatorCatalogSchema,
  ObservationSchema,
  OrganizationRegistrySchema,
  PlanSchema,
  PlanSummarySchema,
  ProgressResponseSchema,
  ReportSchema,
  ReportStatusSchema,
  resolveAgency,
  resolveUnit,
  SubmissionStatusSchema,
  TaskReportSchema,
  UserSchema,
  validate,
} from '@kehoach/sdk';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  buildDemo,
  buildProgress,
  buildSnapshot,
  buildSubmissions,
  DEMO_COMMUNES,
  demo,
  ILLUSTRATIVE_SOURCE,
  SNAPSHOT_KINDS,
} from '../src/index.js';

const measures = demo.catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));

describe('demo fixtures', () => {
  it('validate with the sdk schemas', () => {
    expect(validate(PlanSchema, demo.plan).success).toBe(true);
    expect(validate(IndicatorCatalogSchema, demo.catalog).success).toBe(true);
    expect(validate(OrganizationRegistrySchema, demo.registry)).toMatchObject({ success: true });
    expect(validate(z.array(ObservationSchema), demo.observations)).toMatchObject({ success: true });
    expect(validate(z.array(ReportSchema), demo.reports)).toMatchObject({ success: true });
    expect(validate(z.array(UserSchema), demo.users)).toMatchObject({ success: true });
  });

  it('are deterministic, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const a = buildDemo();
    const b = buildDemo();
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
    expect(a).toEqual(b);
    expect(a).toEqual(demo);
    expect(buildProgress()).toEqual(buildProgress());
  });

  it('flag every value as illustrative', () => {
    expect(demo.illustrative).toBe(true);
    expect(demo.observations.every((o) => o.illustrative === true && o.source === ILLUSTRATIVE_SOURCE)).toBe(
      true,
    );
    expect(
      demo.reports.every((r) => r.illustrative && r.content.difficulties.startsWith('Số liệu minh họa')),
    ).toBe(true);
    expect(demo.users.every((u) => u.illustrative && u.name.includes('illustrative'))).toBe(true);
    expect(DEMO_COMMUNES.every((u) => u.name.vi.includes('(illustrative)'))).toBe(true);
  });

  it('add 16 illustrative communes, each splitting from a former district', () => {
    expect(DEMO_COMMUNES).toHaveLength(16);
    const communes = demo.registry.units.filter((u) => u.level === 'commune');
    expect(communes.map((u) => [u.parentId, u.validFrom])).toEqual(
      Array(16).fill(['lam-dong', '2025-07-01']),
    );
    for (const c of communes) {
      const from = demo.registry.unitSuccessions.filter((s) => s.toId === c.id);
      expect(from).toHaveLength(1);
      expect(from[0]).toMatchObject({ kind: 'split', effective: '2025-07-01' });
    }
    const split = resolveUnit(demo.registry, 'dak-nong.gia-nghia', '2026-01-01');
    expect(split).toMatchObject({ id: 'lam-dong.xa-minh-hoa-01', ambiguous: false });
  });

  it('observe all 35 measures: districts 2020–2024, communes 2025–2026, rates with numerator and denominator', () => {
    expect(measures).toHaveLength(35);
    expect(new Set(demo.observations.map((o) => o.measureId)).size).toBe(35);
    const district = demo.observations.filter((o) => o.unitId.startsWith('dak-nong.'));
    const commune = demo.observations.filter((o) => o.unitId.startsWith('lam-dong.xa-minh-hoa'));
    expect(district.length + commune.length).toBe(demo.observations.length);
    expect(new Set(district.map((o) => o.year))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]));
    expect(new Set(commune.map((o) => o.year))).toEqual(new Set([2025, 2026]));
    expect(new Set(district.map((o) => o.unitId)).size).toBe(8);
    expect(new Set(commune.map((o) => o.unitId)).size).toBe(16);
    for (const o of demo.observations) {
      const m = measures.find((x) => x.id === o.measureId)!;
      if (m.unit.kind === 'count') expect(o.numerator).toBeUndefined();
      else
        expect(o.numerator! / o.denominator!).toBeCloseTo(
          o.value / { percent: 100, per_1000: 1000, per_100000: 100000 }[m.unit.kind],
          5,
        );
    }
  });

  it('give the province a spread of statuses, one measure with too little data and one gap', () => {
    const p = buildProgress({ unitId: 'lam-dong', year: 2026 });
    expect(validate(ProgressResponseSchema, p).success).toBe(true);
    expect(p.illustrative).toBe(true);
    const statuses = new Set(p.measures.map((m) => m.assessment.status));
    expect(statuses).toEqual(
      new Set([
        'target_achieved',
        'substantial_progress',
        'moderate_progress',
        'limited_progress',
        'deterioration',
        'not_available',
      ]),
    );
    const na = p.measures.filter((m) => m.assessment.status === 'not_available');
    expect(na.map((m) => [m.measureId, m.assessment.reason])).toEqual([['qd23.22', 'too_few_points']]);
    const hiv = p.measures.find((m) => m.measureId === 'qd23.6')!;
    expect(hiv.series.map((s) => s.year)).toEqual([2020, 2021, 2023, 2024, 2025, 2026]);
    const marriages = p.measures.find((m) => m.measureId === 'qd23.13')!;
    expect(marriages.assessment).toMatchObject({ method: 'yearly_change', status: 'deterioration' });
    // Pre-reform district data reach the province of today.
    expect(p.measures[0]!.series.map((s) => s.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('resolve demo users: a reporter per owing agency, the reviewer at Lâm Đồng Health, an admin', () => {
    const reviewer = demo.users.find((u) => u.role === 'reviewer')!;
    const lead = resolveAgency(demo.registry, 'dak-nong.so-ldtbxh', '2026-12-15', { function: 'children' });
    expect(reviewer.agencyId).toBe(lead.id);
    expect(reviewer.agencyId).toBe('lam-dong.so-y-te');
    const status = buildSubmissions(2026);
    const reporters = demo.users.filter((u) => u.role === 'reporter').map((u) => u.agencyId);
    expect(reporters).toEqual(status.entries.map((e) => e.agencyId));
    expect(demo.users.filter((u) => u.role === 'admin')).toHaveLength(1);
  });

  it('file 2026 reports in every lifecycle state, accepted 2025 reports, overdue via the clock', () => {
    const now = buildSubmissions(2026, demo.now);
    expect(validate(SubmissionStatusSchema, now).success).toBe(true);
    const counts = (s: typeof now) => {
      const out: Record<string, number> = {};
      for (const e of s.entries) out[e.status] = (out[e.status] ?? 0) + 1;
      return out;
    };
    expect(counts(now)).toEqual({ draft: 2, submitted: 2, accepted: 2, returned: 1, missing: 3 });
    expect(now.entries.some((e) => e.overdue)).toBe(false);
    const later = buildSubmissions(2026, demo.overdueNow);
    // The returned report was submitted on time: the sdk does not count it overdue.
    expect(later.entries.filter((e) => e.overdue).map((e) => e.status)).toEqual([
      'draft',
      'missing',
      'draft',
      'missing',
      'missing',
    ]);
    const returned = demo.reports.find((r) => r.year === 2026 && r.status === 'returned')!;
    expect(returned.events.at(-1)).toMatchObject({ type: 'returned', by: { agencyId: 'lam-dong.so-y-te' } });
    expect(returned.events.at(-1)!.comment).toMatch(/minh họa/);
    const y2025 = buildSubmissions(2025, demo.now);
    expect(y2025.entries.every((e) => e.status === 'accepted')).toBe(true);
    expect(y2025.entries.filter((e) => e.overdue)).toHaveLength(1);
  });
});

describe('snapshots', () => {
  const schemas: Partial<Record<(typeof SNAPSHOT_KINDS)[number], z.ZodMiniType>> = {
    plans: z.array(PlanSummarySchema),
    plan: PlanSchema,
    organizations: OrganizationRegistrySchema,
    catalog: IndicatorCatalogSchema,
    progress: ProgressResponseSchema,
    submissions: SubmissionStatusSchema,
    'submissions-overdue': SubmissionStatusSchema,
    // What kh-progress-dashboard reads at `src` (its ProgressDashboardDataSchema; widgets sit above mocks).
    'progress-dashboard': z.object({
      plan: PlanSchema,
      catalog: IndicatorCatalogSchema,
      organizations: OrganizationRegistrySchema,
      progress: z.array(ProgressResponseSchema).check(z.minLength(1)),
    }),
    // The other widgets' snapshot shapes (their *DataSchema), rebuilt here from the contract's parts.
    'task-tracker': z.strictObject({
      plan: PlanSchema,
      organizations: OrganizationRegistrySchema,
      year: z.literal(2026),
      illustrative: z.literal(true),
      reports: z
        .array(
          z.strictObject({
            agencyId: z.string(),
            status: ReportStatusSchema,
            tasks: z.array(TaskReportSchema),
          }),
        )
        .check(z.minLength(4)),
    }),
    'submission-tracker': z.strictObject({
      submissions: SubmissionStatusSchema,
      organizations: OrganizationRegistrySchema,
      timeZone: z.literal('Asia/Ho_Chi_Minh'),
      illustrative: z.literal(true),
    }),
    'report-form': z.strictObject({
      plan: PlanSchema,
      catalog: IndicatorCatalogSchema,
      registry: OrganizationRegistrySchema,
      agencyId: z.string(),
      report: z.extend(ReportSchema, { status: z.literal('returned') }),
    }),
  };

  it.each(SNAPSHOT_KINDS)('%s matches its contract schema and the file on disk', (kind) => {
    const snap = buildSnapshot(kind);
    const schema = schemas[kind];
    if (schema) expect(validate(schema, snap)).toMatchObject({ success: true });
    else expect(snap).toMatchObject({ illustrative: true, progress: { measureId: 'qd23.5a' } });
    const file = join(import.meta.dirname, '..', 'snapshots', `${kind}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(snap)));
  });
});
