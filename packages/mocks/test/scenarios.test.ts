import { NetworkError, ServerError, TimeoutError } from '@kehoach/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, demo } from '../src/index.js';
import { setupMockServer } from '../src/node.js';
import { BASE, clientFor, contentFor, PLAN, taskOf } from './helpers.js';

const { server, state } = setupMockServer({ baseUrl: BASE });
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  state.reset();
});
afterAll(() => server.close());

const args = { planId: PLAN, year: 2026 };

describe('scenarios', () => {
  it('error: every route answers 500 in the ApiError shape', async () => {
    server.use(...createHandlers({ baseUrl: BASE, scenario: 'error' }));
    const err = await clientFor()
      .listPlans()
      .catch((e) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(err).toMatchObject({ status: 500, code: 'internal' });
    expect(err.messages.vi).toMatch(/Máy chủ gặp lỗi/);
  });

  it('empty: no observations and no reports', async () => {
    server.use(...createHandlers({ baseUrl: BASE, scenario: 'empty' }));
    const p = await clientFor().getProgress(args);
    expect(p.measures.every((m) => m.series.length === 0 && m.assessment.status === 'not_available')).toBe(
      true,
    );
    const s = await clientFor('reviewer').getSubmissions(args);
    expect(s.entries.every((e) => e.status === 'missing')).toBe(true);
    await expect(clientFor('reviewer').listReports(args)).resolves.toEqual([]);
  });

  it('slow: answers do not come (loading states); the client times out', async () => {
    server.use(...createHandlers({ baseUrl: BASE, scenario: 'slow' }));
    const err = await clientFor(undefined, { retries: 0, timeoutMs: 50 })
      .listPlans()
      .catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it('latency and a clock after the due date make the missing reports overdue', async () => {
    server.use(...createHandlers({ baseUrl: BASE, latencyMs: 5, clock: demo.overdueNow }));
    const s = await clientFor('reviewer').getSubmissions(args);
    expect(s.asOf).toBe('2026-12-20T02:00:00.000Z');
    expect(s.entries.filter((e) => e.status === 'missing').every((e) => e.overdue)).toBe(true);
  });

  it('offline-once: the client retries the lost submit with its key and gets one report', async () => {
    server.use(...createHandlers({ baseUrl: BASE, scenario: 'offline-once', state }));
    const api = clientFor('mttq');
    const mine = await api.getMyReport(args);
    const submitted = await api.submitReport({ ...args, content: mine.content, version: mine.version });
    expect(submitted.status).toBe('submitted');
    const reports = state.reports.filter((r) => r.agencyId === 'lam-dong.mttq' && r.year === 2026);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.events.filter((e) => e.type === 'submitted')).toHaveLength(1);
  });

  it('offline-once: a widget retrying by hand with the same key gets the first result', async () => {
    server.use(...createHandlers({ baseUrl: BASE, scenario: 'offline-once', state }));
    const api = clientFor('tinh-doan', { retries: 0 });
    const content = contentFor(taskOf('lam-dong.tinh-doan'));
    const first = await api.submitReport({ ...args, content, idempotencyKey: 'k-1' }).catch((e) => e);
    expect(first).toBeInstanceOf(NetworkError);
    const retry = await api.submitReport({ ...args, content, idempotencyKey: 'k-1' });
    expect(retry).toMatchObject({ status: 'submitted', version: 1 });
    expect(state.reports.filter((r) => r.agencyId === 'lam-dong.tinh-doan' && r.year === 2026)).toHaveLength(
      1,
    );
  });
});
