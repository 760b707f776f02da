import {
  ConflictError,
  ForbiddenError,
  type KehoachClient,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  type RouteName,
  routes,
  UnauthenticatedError,
  ValidationFailedError,
} from '@kehoach/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupMockServer } from '../src/node.js';
import { BASE, clientFor, contentFor, PLAN, taskOf } from './helpers.js';

const { server, state } = setupMockServer({ baseUrl: BASE });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  state.reset();
});
afterAll(() => server.close());

const anon = () => clientFor();
const reporter = (u = 'so-y-te') => clientFor(u);
const reviewer = () => clientFor('reviewer');

/** One successful call per route of the contract: the Record type fails to compile if one is missing. */
const calls: Record<RouteName, () => Promise<unknown>> = {
  login: () => anon().login({ username: 'so-y-te', password: 'demo-so-y-te-2026' }),
  logout: () => reporter().logout(),
  me: () => reporter().me(),
  listMyReports: () => reporter().listMyReports(),
  listPlans: () => anon().listPlans(),
  getPlan: () => anon().getPlan({ planId: PLAN }),
  getOrganizations: () => anon().getOrganizations({ planId: PLAN }),
  getCatalog: () => anon().getCatalog({ catalogId: 'qd23' }),
  listPlanVersions: () => anon().listPlanVersions({ planId: PLAN }),
  importPlan: () =>
    clientFor('admin').importPlan({
      plan: { ...state.plan, title: { ...state.plan.title, vi: `${state.plan.title.vi} (sửa)` } },
      registry: state.registry,
    }),
  getProgress: () => anon().getProgress({ planId: PLAN, year: 2024, unitId: 'dak-nong' }),
  getObservations: async () => {
    const file = await anon().getObservations({ planId: PLAN });
    // The demo's figures are illustrative: the statistics download holds the header only.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data)).toBe(
      '\ufeffYear,Measure,Unit,Value,Numerator,Denominator,Source,Note\r\n',
    );
    expect(file.filename).toBe(`observations-${PLAN}.csv`);
    return file;
  },
  importObservations: () =>
    clientFor('admin').importObservations({
      planId: PLAN,
      csv: 'Year,Measure,Unit,Value\r\n2019,2,dak-nong,98.5\r\n',
    }),
  getMyReport: () => reporter().getMyReport({ planId: PLAN, year: 2026 }),
  saveDraft: async () => {
    const api = reporter();
    const r = await api.getMyReport({ planId: PLAN, year: 2026 });
    return api.saveDraft({ planId: PLAN, year: 2026, content: r.content, version: r.version });
  },
  submitReport: async () => {
    const api = reporter();
    const r = await api.getMyReport({ planId: PLAN, year: 2026 });
    return api.submitReport({ planId: PLAN, year: 2026, content: r.content, version: r.version });
  },
  listReports: () => reviewer().listReports({ planId: PLAN, year: 2026 }),
  getReport: () => reviewer().getReport({ reportId: 'rpt-2026-so-tu-phap' }),
  returnReport: () =>
    reviewer().returnReport({ reportId: 'rpt-2026-so-tu-phap', comment: 'Bổ sung số liệu' }),
  acceptReport: () => reviewer().acceptReport({ reportId: 'rpt-2026-so-vhttdl' }),
  getReturnedVersion: async () => {
    await reviewer().returnReport({ reportId: 'rpt-2026-so-tu-phap', comment: 'Bổ sung số liệu' });
    return reviewer().getReturnedVersion({ reportId: 'rpt-2026-so-tu-phap' });
  },
  getSubmissions: () => reviewer().getSubmissions({ planId: PLAN, year: 2026 }),
  exportReport: () => reviewer().exportReport({ planId: PLAN, year: 2026, format: 'docx' }),
};

describe('every route of the contract', () => {
  it('has a call here', () => {
    expect(Object.keys(calls).sort()).toEqual(Object.keys(routes).sort());
  });
  it.each(Object.keys(calls) as RouteName[])('%s answers through the sdk client', async (name) => {
    await expect(calls[name]()).resolves.not.toBeInstanceOf(Error);
  });
});

describe('plan versions', () => {
  it('an admin imports a changed plan as version 2, the same again is unchanged; a reviewer gets 403', async () => {
    const plan = { ...state.plan, title: { ...state.plan.title, vi: 'Kế hoạch (sửa)' } };
    const admin = clientFor('admin');
    await expect(admin.importPlan({ plan, registry: state.registry })).resolves.toEqual({
      planId: PLAN,
      version: 2,
      outcome: 'updated',
    });
    await expect(admin.importPlan({ plan, registry: state.registry })).resolves.toMatchObject({
      version: 2,
      outcome: 'unchanged',
    });
    const versions = await anon().listPlanVersions({ planId: PLAN });
    expect(versions.map((v) => [v.version, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await anon().getPlan({ planId: PLAN })).title.vi).toBe('Kế hoạch (sửa)');
    await expect(reviewer().importPlan({ plan, registry: state.registry })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('an assignment naming an agency not in the registry: 400 naming plan…, nothing kept', async () => {
    const [first, ...rest] = state.plan.assignments ?? [];
    const plan = { ...state.plan, assignments: [{ ...first!, agencyIds: ['no.such'] }, ...rest] };
    const err = await clientFor('admin')
      .importPlan({ plan, registry: state.registry })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationFailedError);
    expect((err as ValidationFailedError).fieldErrors).toMatchObject([
      { path: 'plan.assignments.0.agencyIds.0', code: 'unknown_agency' },
    ]);
    expect(state.planVersions).toHaveLength(1);
  });
});

describe('auth', () => {
  it('signs in a demo user, keeps the token, and signs out', async () => {
    const api = anon();
    const res = await api.login({ username: 'Reviewer', password: 'demo-reviewer-2026' });
    expect(res.user).toMatchObject({ role: 'reviewer', agencyId: 'lam-dong.so-y-te' });
    expect(res.expiresAt).toBe('2026-11-28T10:00:00.000Z');
    await expect(api.me()).resolves.toMatchObject({ username: 'reviewer' });
    await api.logout();
    await expect(clientFor('reviewer').me()).rejects.toBeInstanceOf(UnauthenticatedError);
  });
  it('refuses a wrong password with bilingual text, no token with 401, a wrong role with 403', async () => {
    const err = await anon()
      .login({ username: 'admin', password: 'nope' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(UnauthenticatedError);
    expect(err.messages.vi).toMatch(/mật khẩu/);
    await expect(anon().me()).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(reporter().listReports({ planId: PLAN, year: 2026 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewer().getMyReport({ planId: PLAN, year: 2026 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reporter('so-gddt').getReport({ reportId: 'rpt-2026-so-tu-phap' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
  it('lets an admin read reports but not act on them', async () => {
    const admin = clientFor('admin');
    await expect(admin.listReports({ planId: PLAN, year: 2026 })).resolves.toHaveLength(7);
    await expect(admin.acceptReport({ reportId: 'rpt-2026-so-tu-phap' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('reads', () => {
  it('answers 404 for an unknown plan, catalog, unit, report and path', async () => {
    await expect(anon().getPlan({ planId: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(anon().getCatalog({ catalogId: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(anon().getProgress({ planId: PLAN, unitId: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewer().getReport({ reportId: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    const res = await fetch(`${BASE}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
  it('serves progress for the plan unit today by default, and by year and unit', async () => {
    const p = await anon().getProgress({ planId: PLAN });
    expect(p).toMatchObject({ year: 2026, unitId: 'lam-dong', illustrative: true });
    expect(p.measures).toHaveLength(35);
    const commune = await anon().getProgress({ planId: PLAN, year: 2026, unitId: 'lam-dong.xa-minh-hoa-03' });
    expect(commune.measures[0]!.contributors).toContain('lam-dong.xa-minh-hoa-03');
  });
  it('answers 400 with query field errors for a bad year', async () => {
    const res = await fetch(`${BASE}/api/v1/plans/${PLAN}/progress?year=abc`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fieldErrors[0]).toMatchObject({ path: 'query.year' });
    expect(body.error.fieldErrors[0].message.vi).toMatch(/^Trường query.year/);
  });
  it('exports with the right content type and file name (placeholder body, mocks only)', async () => {
    const file = await reviewer().exportReport({ planId: PLAN, year: 2026, format: 'xlsx' });
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.filename).toBe('bao-cao-tong-hop-dak-nong-2021-2026.xlsx');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data)).toMatch(/PLACEHOLDER/);
  });
});

describe('drafts: If-Match and ETag', () => {
  const api = () => reporter('tinh-doan');
  const content = contentFor(taskOf('lam-dong.tinh-doan'));
  const args = { planId: PLAN, year: 2026 };

  it('creates the first draft without If-Match, then requires the current version', async () => {
    await expect(api().getMyReport(args)).rejects.toBeInstanceOf(NotFoundError);
    const first = await api().saveDraft({ ...args, content });
    expect(first).toMatchObject({
      version: 1,
      etag: '"1"',
      report: { status: 'draft', agencyId: 'lam-dong.tinh-doan' },
    });
    await expect(api().saveDraft({ ...args, content })).rejects.toBeInstanceOf(PreconditionRequiredError);
    const second = await api().saveDraft({ ...args, content, version: 1 });
    expect(second.version).toBe(2);
    const stale = await api()
      .saveDraft({ ...args, content, version: 1 })
      .catch((e) => e);
    expect(stale).toBeInstanceOf(PreconditionFailedError);
    expect(stale.currentVersion).toBe(2);
    expect((await api().getMyReport(args)).events.map((e) => e.type)).toEqual(['created', 'saved']);
  });

  it('answers 400 with bilingual field errors for an invalid body and for tasks not assigned', async () => {
    const bad = { ...content, budget: [{ fundingId: 'III.1', planned: 10, spent: -1 }] };
    const err = await api()
      .saveDraft({ ...args, content: bad })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ValidationFailedError);
    expect(err.fieldErrors).toEqual([
      {
        path: 'content.budget.0.spent',
        code: 'too_small',
        message: {
          vi: 'Trường content.budget.0.spent: cần một số ≥ 0',
          en: 'Field content.budget.0.spent: expected a number ≥ 0',
        },
      },
    ]);
    const foreign = await api()
      .saveDraft({ ...args, content: contentFor('II.1.a') })
      .catch((e) => e);
    expect(foreign.fieldErrors).toMatchObject([{ path: 'content.tasks.0.taskId', code: 'unknown_task' }]);
  });
});

describe('values and text: the sdk rules the server runs', () => {
  const args = { planId: PLAN, year: 2026 };
  const fails = (p: Promise<unknown>) => p.then(() => Promise.reject(new Error('accepted'))).catch((e) => e);

  it('refuses a value that disagrees with its numerator and denominator, and one out of bounds', async () => {
    const stored = () =>
      JSON.stringify(state.reports.find((r) => r.agencyId === 'lam-dong.so-y-te' && r.year === 2026));
    const before = stored();
    const base = contentFor(taskOf('lam-dong.so-y-te'));
    const line = { measureId: 'qd23.2', dataSource: 'Sở Y tế', note: '' };
    const mismatch = await fails(
      reporter().saveDraft({
        ...args,
        content: { ...base, measures: [{ ...line, value: 88.1, numerator: 141_306, denominator: 161_532 }] },
      }),
    );
    expect(mismatch).toBeInstanceOf(ValidationFailedError);
    expect(mismatch.fieldErrors).toMatchObject([
      { path: 'content.measures.0.value', code: 'value_mismatch' },
    ]);
    const high = await fails(
      reporter().saveDraft({ ...args, content: { ...base, measures: [{ ...line, value: 150 }] } }),
    );
    expect(high.fieldErrors).toMatchObject([{ path: 'content.measures.0.value', code: 'out_of_bounds' }]);
    expect(stored()).toBe(before);
  });

  it('refuses a category the measure does not declare and parts above their total (disaggregation)', async () => {
    const original = state.catalog;
    const catalog = structuredClone(original);
    catalog.dimensions = [
      {
        id: 'sex',
        title: { vi: 'Giới tính' },
        categories: [
          { id: 'male', title: { vi: 'Nam' } },
          { id: 'female', title: { vi: 'Nữ' } },
        ],
      },
    ];
    for (const o of catalog.objectives)
      for (const i of o.indicators)
        for (const m of i.measures)
          if (m.id === 'qd23.2') m.disaggregation = { dimensions: ['sex'], additive: true };
    state.catalog = catalog;
    try {
      const stored = () =>
        JSON.stringify(state.reports.find((r) => r.agencyId === 'lam-dong.so-y-te' && r.year === 2026));
      const before = stored();
      const base = contentFor(taskOf('lam-dong.so-y-te'));
      const line = (numerator: number, denominator: number, categories?: Record<string, string>) => ({
        measureId: 'qd23.2',
        dataSource: 'Sở Y tế',
        note: '',
        value: (numerator / denominator) * 100,
        numerator,
        denominator,
        ...(categories ? { categories } : {}),
      });
      const unknown = await fails(
        reporter().saveDraft({
          ...args,
          content: { ...base, measures: [line(80, 100), line(30, 40, { sex: 'other' })] },
        }),
      );
      expect(unknown.fieldErrors).toMatchObject([
        { path: 'content.measures.1.categories.sex', code: 'unknown_category' },
      ]);
      const above = await fails(
        reporter().saveDraft({
          ...args,
          content: {
            ...base,
            measures: [line(80, 100), line(30, 40, { sex: 'male' }), line(55, 60, { sex: 'female' })],
          },
        }),
      );
      expect(above.fieldErrors).toMatchObject([
        { path: 'content.measures.0.numerator', code: 'parts_exceed_total' },
      ]);
      expect(stored()).toBe(before);
    } finally {
      state.catalog = original;
    }
  });

  it("refuses the commune committees' figure for the province unit", async () => {
    const content = {
      ...contentFor(taskOf('lam-dong.ubnd-cap-xa')),
      measures: [{ measureId: 'qd23.1', unitId: 'lam-dong', value: 1, dataSource: 'UBND xã', note: '' }],
    };
    const err = await fails(clientFor('ubnd-cap-xa').saveDraft({ ...args, content }));
    expect(err.fieldErrors).toMatchObject([
      { path: 'content.measures.0.unitId', code: 'outside_jurisdiction' },
    ]);
  });

  it('refuses U+FFFE and stores decomposed text composed', async () => {
    const api = clientFor('hoi-lhpn');
    const task = taskOf('lam-dong.hoi-lhpn');
    const err = await fails(api.saveDraft({ ...args, content: contentFor(task, 'a\uFFFEb') }));
    expect(err.fieldErrors).toMatchObject([{ path: 'content.tasks.0.results', code: 'invalid_characters' }]);
    const saved = await api.saveDraft({
      ...args,
      content: contentFor(task, 'Tie\u0302\u0301ng Vie\u0323\u0302t'),
    });
    expect(saved.report.content.tasks[0]!.results).toBe('Tiếng Việt');
  });
});

describe('submit and review', () => {
  const args = { planId: PLAN, year: 2026 };

  it('is idempotent: a retry with the same key returns the first result, never a second report', async () => {
    const api = reporter('hoi-lhpn');
    const content = contentFor(taskOf('lam-dong.hoi-lhpn'));
    const a = await api.submitReport({ ...args, content, idempotencyKey: 'key-1' });
    const b = await api.submitReport({ ...args, content, idempotencyKey: 'key-1' });
    expect(b).toEqual(a);
    expect(state.reports.filter((r) => r.agencyId === 'lam-dong.hoi-lhpn' && r.year === 2026)).toHaveLength(
      1,
    );
    const other = { ...content, difficulties: 'khác' };
    await expect(
      api.submitReport({ ...args, content: other, idempotencyKey: 'key-1' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      api.submitReport({ ...args, content, idempotencyKey: 'key-2', version: a.version }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('requires an Idempotency-Key', async () => {
    const res = await fetch(`${BASE}/api/v1/plans/${PLAN}/reports/2026/mine/submit`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-token.mttq', 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: contentFor(taskOf('lam-dong.mttq')) }),
    });
    expect(res.status).toBe(428);
  });

  it('goes returned → resubmitted → accepted, each step recorded', async () => {
    const rev: KehoachClient = reviewer();
    const api = reporter('so-tu-phap');
    const returned = await rev.returnReport({ reportId: 'rpt-2026-so-tu-phap', comment: 'Đề nghị bổ sung' });
    expect(returned).toMatchObject({ status: 'returned' });
    const mine = await api.getMyReport(args);
    expect(mine.events.at(-1)).toMatchObject({ type: 'returned', comment: 'Đề nghị bổ sung' });
    const saved = await api.saveDraft({ ...args, content: mine.content, version: mine.version });
    expect(saved.report.status).toBe('returned');
    const resubmitted = await api.submitReport({ ...args, content: mine.content, version: saved.version });
    expect(resubmitted.status).toBe('submitted');
    const accepted = await rev.acceptReport({ reportId: resubmitted.id });
    expect(accepted.events.map((e) => e.type)).toEqual([
      'created',
      'submitted',
      'returned',
      'saved',
      'submitted',
      'accepted',
    ]);
    await expect(rev.acceptReport({ reportId: resubmitted.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(
      api.saveDraft({ ...args, content: mine.content, version: accepted.version }),
    ).rejects.toBeInstanceOf(ConflictError);
    const status = await rev.getSubmissions(args);
    expect(status.entries.find((e) => e.agencyId === 'lam-dong.so-tu-phap')).toMatchObject({
      status: 'accepted',
    });
  });

  it('keeps field comments on the returned event and what the report held, as the server does', async () => {
    const rev = reviewer();
    const before = await rev.getReport({ reportId: 'rpt-2026-so-tu-phap' });
    await expect(rev.getReturnedVersion({ reportId: before.id })).rejects.toBeInstanceOf(NotFoundError);
    const path = `tasks/${before.content.tasks[0]!.taskId}/results`;
    const err = await rev
      .returnReport({
        reportId: before.id,
        comment: 'Xem lại',
        fields: [{ path: 'tasks/khong-co', comment: 'x' }],
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ValidationFailedError);
    expect(err.fieldErrors[0]).toMatchObject({ path: 'fields.0.path', code: 'unknown_content_path' });
    expect((await rev.getReport({ reportId: before.id })).status).toBe('submitted');
    const returned = await rev.returnReport({
      reportId: before.id,
      comment: 'Xem lại',
      fields: [{ path, comment: 'Ghi rõ số lớp' }],
    });
    expect(returned.events.at(-1)).toMatchObject({
      type: 'returned',
      fields: [{ path, comment: 'Ghi rõ số lớp' }],
    });
    const kept = await rev.getReturnedVersion({ reportId: before.id });
    expect(kept).toMatchObject({ reportId: before.id, version: returned.version, content: before.content });
  });

  it('refuses to review a report that is not submitted', async () => {
    await expect(reviewer().acceptReport({ reportId: 'rpt-2026-so-y-te' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      reviewer().returnReport({ reportId: 'rpt-2026-so-tu-phap', comment: '   ' }),
    ).rejects.toBeInstanceOf(ValidationFailedError);
  });
});
