import type { ApiErrorBody, Report } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { dutiesOf } from '../src/services/plan-logic.js';
import { createUser } from '../src/services/users.js';
import {
  counts,
  emptyContent,
  healthContent,
  jsonReq,
  login,
  PLAN,
  REPORT_PATH,
  reportCalls,
  useTestServer,
  YEAR,
} from './helpers.js';

const s = useTestServer('test');

const { put, submit } = reportCalls(s);

describe('report lifecycle', () => {
  it('draft → submitted → returned → submitted → accepted, each step recorded', async () => {
    const reporter = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');

    let res = await put(reporter, { content: healthContent('v1') });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    let report = (await res.json()) as Report;
    expect(report).toMatchObject({
      status: 'draft',
      version: 1,
      agencyId: 'lam-dong.so-y-te',
      planId: PLAN,
      year: YEAR,
    });

    res = await s.app.request(REPORT_PATH, jsonReq('GET', reporter));
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');

    // an existing report needs If-Match
    res = await put(reporter, { content: healthContent('v2') });
    expect(res.status).toBe(428);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('precondition_required');

    res = await put(reporter, { content: healthContent('v2') }, '"1"');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');

    // a stale version is refused with the current one
    res = await put(reporter, { content: healthContent('stale') }, '"1"');
    expect(res.status).toBe(412);
    expect(res.headers.get('etag')).toBe('"2"');
    const stale = (await res.json()) as {
      error: { code: string; currentVersion: number; message: { vi: string } };
    };
    expect(stale.error.code).toBe('precondition_failed');
    expect(stale.error.currentVersion).toBe(2);

    // submit needs an Idempotency-Key
    res = await submit(reporter, { content: healthContent('final') }, undefined, '"2"');
    expect(res.status).toBe(428);

    res = await submit(reporter, { content: healthContent('final') }, 'key-1', '"2"');
    expect(res.status).toBe(200);
    report = (await res.json()) as Report;
    expect(report).toMatchObject({ status: 'submitted', version: 3 });
    expect(report.submittedAt).toBe(s.clock.now().toISOString());

    // a submitted report cannot be edited
    res = await put(reporter, { content: healthContent('x') }, '"3"');
    expect(res.status).toBe(409);

    // the reviewer sees it; a return needs a comment
    res = await s.app.request(`/api/v1/plans/${PLAN}/reports?year=${YEAR}`, jsonReq('GET', reviewer));
    expect(res.status).toBe(200);
    expect(((await res.json()) as Report[]).map((r) => r.id)).toEqual([report.id]);

    res = await s.app.request(
      `/api/v1/reports/${report.id}/return`,
      jsonReq('POST', reviewer, { comment: '   ' }),
    );
    expect(res.status).toBe(400);
    const bad = (await res.json()) as { error: { fieldErrors: { path: string }[] } };
    expect(bad.error.fieldErrors[0]?.path).toBe('comment');

    s.clock.advance(60_000);
    res = await s.app.request(
      `/api/v1/reports/${report.id}/return`,
      jsonReq('POST', reviewer, { comment: 'Bổ sung số liệu ngân sách' }),
    );
    expect(res.status).toBe(200);
    report = (await res.json()) as Report;
    expect(report).toMatchObject({ status: 'returned', version: 4 });

    // the reporter edits the returned report and submits again
    res = await put(reporter, { content: healthContent('fixed') }, '"4"');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Report).status).toBe('returned');
    res = await submit(reporter, { content: healthContent('fixed') }, 'key-2', '"5"');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Report).version).toBe(6);

    res = await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', reviewer));
    expect(res.status).toBe(200);
    report = (await res.json()) as Report;
    expect(report).toMatchObject({ status: 'accepted', version: 7 });
    expect(report.content.tasks[0]?.results).toBe('fixed');
    expect(report.events.map((e) => e.type)).toEqual([
      'created',
      'saved',
      'submitted',
      'returned',
      'saved',
      'submitted',
      'accepted',
    ]);
    const returned = report.events.find((e) => e.type === 'returned');
    expect(returned?.comment).toBe('Bổ sung số liệu ngân sách');
    expect(returned?.by.agencyId).toBe('lam-dong.so-y-te');
    expect(returned?.at).toBe('2026-11-20T03:01:00.000Z');

    // accepted is read-only for everyone
    expect((await put(reporter, { content: healthContent('late') }, '"7"')).status).toBe(409);
    expect((await submit(reporter, { content: healthContent('late') }, 'key-3', '"7"')).status).toBe(409);
    expect(
      (await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', reviewer))).status,
    ).toBe(409);
    expect(
      (
        await s.app.request(
          `/api/v1/reports/${report.id}/return`,
          jsonReq('POST', reviewer, { comment: 'x' }),
        )
      ).status,
    ).toBe(409);

    // every step is in the audit log too
    const audit = await s.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('entity_type', '=', 'report')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(report.events.map((e) => e.type));
    expect(audit.every((a) => a.user_id !== null)).toBe(true);
  });

  it('accepting or returning a draft is a conflict', async () => {
    const reporter = await login(s.app, 'so-y-te');
    const reviewer = await login(s.app, 'reviewer');
    const report = (await (await put(reporter, { content: healthContent() })).json()) as Report;
    expect(
      (await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', reviewer))).status,
    ).toBe(409);
  });

  it('takes the agency from the token, never from the body (an agencyId there is an unknown key)', async () => {
    const reporter = await login(s.app, 'so-tu-phap');
    const refused = await put(reporter, {
      content: emptyContent(),
      agencyId: 'lam-dong.so-y-te',
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ApiErrorBody).error.fieldErrors).toMatchObject([
      { path: 'agencyId', code: 'unrecognized_keys' },
    ]);
    const res = await put(reporter, { content: emptyContent() });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Report).agencyId).toBe('lam-dong.so-tu-phap');
  });

  it('refuses tasks, measures and funding the agency does not answer for', async () => {
    const { BundleStore } = await import('../src/services/bundles.js');
    const b = await new BundleStore(s.db.kysely).bundle(PLAN);
    if (!b) throw new Error('no plan');
    const duties = dutiesOf(b, 'lam-dong.so-tu-phap', YEAR);
    if (!duties) throw new Error('no duties');
    const allTasks = b.plan.taskGroups!.flatMap((g) => g.tasks.map((t) => t.id));
    const foreignTask = allTasks.find((t) => !duties.taskIds.has(t));
    expect(foreignTask).toBeDefined();
    const before = await counts(s.db);
    const reporter = await login(s.app, 'so-tu-phap');
    const res = await put(reporter, {
      content: {
        ...healthContent(),
        tasks: [{ taskId: foreignTask, status: 'completed', results: '' }],
        measures: [{ measureId: 'qd23.nope', value: 1, dataSource: '', note: '' }],
        budget: [{ fundingId: 'III.3', planned: 1, spent: 0 }],
      },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: {
        code: string;
        fieldErrors: { path: string; code: string; message: { vi: string; en: string } }[];
      };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fieldErrors.map((e) => [e.path, e.code])).toEqual([
      ['content.tasks.0.taskId', 'unknown_task'],
      ['content.measures.0.measureId', 'unknown_measure'],
      ['content.budget.0.fundingId', 'unknown_funding'],
    ]);
    expect(body.error.fieldErrors[0]?.message.vi).toContain('nhiệm vụ được giao');
    expect(await counts(s.db)).toEqual(before);
  });
});

describe('access', () => {
  it('401 without a token, after logout and after expiry', async () => {
    expect((await s.app.request(REPORT_PATH)).status).toBe(401);
    expect(
      (await s.app.request('/api/v1/auth/me', jsonReq('GET', 'not-a-real-token-at-all-xxxxx'))).status,
    ).toBe(401);
    const t = await login(s.app, 'so-y-te');
    const me = await s.app.request('/api/v1/auth/me', jsonReq('GET', t));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      username: 'so-y-te',
      role: 'reporter',
      agencyId: 'lam-dong.so-y-te',
    });
    expect((await s.app.request('/api/v1/auth/logout', jsonReq('POST', t))).status).toBe(204);
    expect((await s.app.request('/api/v1/auth/me', jsonReq('GET', t))).status).toBe(401);
    const t2 = await login(s.app, 'so-y-te');
    s.clock.advance(12 * 3600_000 + 1);
    expect((await s.app.request('/api/v1/auth/me', jsonReq('GET', t2))).status).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const t = await login(s.app, 'so-y-te');
    const rows = await s.db.kysely.selectFrom('tokens').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === t)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('403 for the wrong role or another agency; 404 for unknown ids', async () => {
    const health = await login(s.app, 'so-y-te');
    const justice = await login(s.app, 'so-tu-phap');
    const reviewer = await login(s.app, 'reviewer');
    const admin = await login(s.app, 'admin');
    const report = (await (await put(health, { content: healthContent() })).json()) as Report;

    expect((await s.app.request(`/api/v1/reports/${report.id}`, jsonReq('GET', justice))).status).toBe(403);
    expect((await s.app.request(`/api/v1/reports/${report.id}`, jsonReq('GET', health))).status).toBe(200);
    expect((await s.app.request(`/api/v1/reports/${report.id}`, jsonReq('GET', reviewer))).status).toBe(200);
    expect((await s.app.request(`/api/v1/reports/${report.id}`, jsonReq('GET', admin))).status).toBe(200);
    expect(
      (await s.app.request(`/api/v1/plans/${PLAN}/reports?year=${YEAR}`, jsonReq('GET', health))).status,
    ).toBe(403);
    expect(
      (await s.app.request(REPORT_PATH, jsonReq('PUT', reviewer, { content: healthContent() }))).status,
    ).toBe(403);
    expect((await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', health))).status).toBe(
      403,
    );
    // an admin may read but does not review in the lead agency's name
    expect((await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', admin))).status).toBe(
      403,
    );

    // a reviewer of another agency is not the plan's reviewer
    await createUser(
      s.db.kysely,
      {
        username: 'other-reviewer',
        name: 'Other',
        role: 'reviewer',
        agencyId: 'lam-dong.so-tu-phap',
        password: 'other-pass-2026',
      },
      s.clock.now(),
    );
    const res = await s.app.request(
      '/api/v1/auth/login',
      jsonReq('POST', null, { username: 'other-reviewer', password: 'other-pass-2026' }),
    );
    const other = ((await res.json()) as { token: string }).token;
    expect(
      (await s.app.request(`/api/v1/plans/${PLAN}/reports?year=${YEAR}`, jsonReq('GET', other))).status,
    ).toBe(403);
    expect((await s.app.request(`/api/v1/reports/${report.id}/accept`, jsonReq('POST', other))).status).toBe(
      403,
    );

    expect((await s.app.request('/api/v1/reports/rpt_missing', jsonReq('GET', reviewer))).status).toBe(404);
    expect(
      (await s.app.request('/api/v1/plans/no-such-plan/reports/2026/mine', jsonReq('GET', health))).status,
    ).toBe(404);
    expect((await s.app.request(REPORT_PATH, jsonReq('GET', justice))).status).toBe(404);
    expect((await s.app.request('/api/v1/plans/no-such-plan')).status).toBe(404);
    expect((await s.app.request('/api/v1/nothing-here')).status).toBe(404);
  });

  it('an agency that owes no report for the year is refused', async () => {
    await createUser(
      s.db.kysely,
      {
        username: 'old-dept',
        name: 'Old',
        role: 'reporter',
        agencyId: 'dak-nong.so-ldtbxh',
        password: 'old-dept-pass',
      },
      s.clock.now(),
    );
    const res = await s.app.request(
      '/api/v1/auth/login',
      jsonReq('POST', null, { username: 'old-dept', password: 'old-dept-pass' }),
    );
    const t = ((await res.json()) as { token: string }).token;
    expect((await s.app.request(REPORT_PATH, jsonReq('PUT', t, { content: healthContent() }))).status).toBe(
      403,
    );
  });

  it('a year outside the plan is a validation error', async () => {
    const t = await login(s.app, 'so-y-te');
    const res = await s.app.request(
      `/api/v1/plans/${PLAN}/reports/2035/mine`,
      jsonReq('PUT', t, { content: healthContent() }),
    );
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { error: { fieldErrors: { path: string }[] } }).error.fieldErrors[0]?.path,
    ).toBe('params.year');
  });
});
