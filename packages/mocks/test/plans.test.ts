/**
 * The mocks carry several plans: the Đắk Nông plan (the default, which every single-plan story
 * reads) and an illustrative provincial scheme with its own catalog and assignments. Each
 * per-plan route reads the plan of its `:planId`; a reporter's list covers every plan it owes.
 */
import { createClient, NotFoundError, PlanSchema, validateBundle } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { SCHEME_ID } from '../src/fixtures/scheme.js';
import { createHandlers, createMockFetch, createMockState, demoToken } from '../src/index.js';
import { BASE, contentFor, PLAN } from './helpers.js';

function setup() {
  const handlers = createHandlers({ baseUrl: BASE });
  const fetch = createMockFetch(handlers);
  const as = (username: string | null) =>
    createClient({ baseUrl: BASE, token: username ? demoToken(username) : null, fetch, retries: 0 });
  return { state: handlers.state, as };
}

describe('several plans', () => {
  it('keeps the plans by id, Đắk Nông first and the default; the scheme is a valid, labelled bundle', () => {
    const state = createMockState();
    expect([...state.plans.keys()]).toEqual([PLAN, SCHEME_ID]);
    expect(state.plan).toBe(state.plans.get(PLAN)!.plan);
    const scheme = state.plans.get(SCHEME_ID)!;
    expect(PlanSchema.safeParse(scheme.plan).success).toBe(true);
    expect(validateBundle(scheme).success).toBe(true);
    expect(scheme.plan.kind).toBe('scheme');
    expect(scheme.plan.title.vi).toContain('minh họa');
    expect(scheme.plan.preamble?.en).toContain('illustrative');
    expect(scheme.catalog.id).not.toBe(state.catalog.id);
    // The default's shorthands write through to its entry.
    const edited = { ...state.plan, title: { vi: 'Sửa' } };
    state.plan = edited;
    expect(state.plans.get(PLAN)!.plan).toBe(edited);
    state.reset();
    expect(state.plans.get(PLAN)!.plan.title.vi).not.toBe('Sửa');
  });

  it('lists every plan; each per-plan read answers for the plan of its planId', async () => {
    const { as } = setup();
    const api = as(null);
    expect((await api.listPlans()).map((p) => [p.id, p.catalogId])).toEqual([
      [PLAN, 'qd23'],
      [SCHEME_ID, 'shd-minh-hoa'],
    ]);
    const plan = await api.getPlan({ planId: SCHEME_ID });
    expect(plan.kind).toBe('scheme');
    expect((await api.getCatalog({ catalogId: 'shd-minh-hoa' })).objectives[0]!.indicators).toHaveLength(2);
    expect((await api.getOrganizations({ planId: SCHEME_ID })).units.length).toBeGreaterThan(0);
    const progress = await api.getProgress({ planId: SCHEME_ID, year: 2026, unitId: 'lam-dong' });
    expect(progress.measures.map((m) => m.measureId)).toEqual(['shd.1', 'shd.2', 'shd.3']);
    expect(progress.measures[2]!.series).toEqual([expect.objectContaining({ year: 2026, value: 96 })]);
    const dakNong = await api.getProgress({ planId: PLAN, year: 2026, unitId: 'lam-dong' });
    expect(dakNong.measures.some((m) => m.measureId.startsWith('shd.'))).toBe(false);
    expect(await api.listPlanVersions({ planId: SCHEME_ID })).toEqual([
      expect.objectContaining({ version: 1, catalogId: 'shd-minh-hoa', current: true }),
    ]);
    const submissions = await as('reviewer').getSubmissions({ planId: SCHEME_ID, year: 2026 });
    expect(submissions.entries.map((e) => e.agencyId).sort()).toEqual([
      'lam-dong.so-gddt',
      'lam-dong.tinh-doan',
    ]);
    await expect(api.getPlan({ planId: 'no-such-plan' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists a reporter's reports for every plan its agency owes, each with its own deadline", async () => {
    const { as } = setup();
    const education = await as('so-gddt').listMyReports();
    expect(education.map((r) => [r.planId, r.year, r.dueDate, r.status])).toEqual([
      [PLAN, 2026, '2026-12-15', 'returned'],
      [SCHEME_ID, 2026, '2026-12-10', 'missing'],
    ]);
    expect((await as('tinh-doan').listMyReports()).map((r) => r.planId)).toEqual([PLAN, SCHEME_ID]);
    // Sở Y tế (the portal's demo reporter) has no duty in the scheme: one plan only.
    expect((await as('so-y-te').listMyReports()).map((r) => r.planId)).toEqual([PLAN]);
  });

  it('keeps the reports of each plan apart: a draft for the scheme is its own', async () => {
    const { as, state } = setup();
    const api = as('so-gddt');
    const saved = await api.saveDraft({
      planId: SCHEME_ID,
      year: 2026,
      content: contentFor('shd.II.1.a'),
    });
    expect(saved.report).toMatchObject({ planId: SCHEME_ID, version: 1, status: 'draft' });
    expect((await api.getMyReport({ planId: SCHEME_ID, year: 2026 })).id).toBe(saved.report.id);
    // A task of the scheme is not a duty of the Đắk Nông report, and the other way round.
    await expect(
      api.saveDraft({ planId: SCHEME_ID, year: 2026, content: contentFor('II.1.a'), version: 1 }),
    ).rejects.toMatchObject({ status: 400 });
    const mine = await api.listMyReports();
    expect(mine.find((r) => r.planId === SCHEME_ID)).toMatchObject({
      status: 'draft',
      reportId: saved.report.id,
    });
    expect(state.reports.filter((r) => r.planId === SCHEME_ID)).toHaveLength(1);
    // The scheme's reviewer is Sở Y tế, the demo reviewer: it lists the scheme's reports.
    expect((await as('reviewer').listReports({ planId: SCHEME_ID, year: 2026 })).map((r) => r.id)).toEqual([
      saved.report.id,
    ]);
  });

  it('imports a new plan as another entry, kept and served', async () => {
    const { as, state } = setup();
    const scheme = state.plans.get(SCHEME_ID)!;
    const plan = { ...scheme.plan, id: 'another-scheme', title: { vi: 'Đề án khác (minh họa)' } };
    expect(await as('admin').importPlan({ plan, registry: scheme.registry })).toEqual({
      planId: 'another-scheme',
      version: 1,
      outcome: 'created',
    });
    expect((await as(null).listPlans()).map((p) => p.id)).toEqual([PLAN, SCHEME_ID, 'another-scheme']);
    expect((await as(null).getPlan({ planId: 'another-scheme' })).title.vi).toBe('Đề án khác (minh họa)');
  });
});
