import { createClient, NetworkError } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { createHandlers, createMockFetch, demoToken } from '../src/index.js';
import { BASE, contentFor, PLAN, taskOf } from './helpers.js';

describe('createMockFetch', () => {
  it("answers the sdk's client from the handlers and their state, without a server", async () => {
    const handlers = createHandlers({ baseUrl: BASE });
    const api = createClient({
      baseUrl: BASE,
      token: demoToken('so-gddt'),
      fetch: createMockFetch(handlers),
    });
    const mine = await api.getMyReport({ planId: PLAN, year: 2026 });
    expect(mine.status).toBe('returned');
    const saved = await api.saveDraft({
      planId: PLAN,
      year: 2026,
      content: mine.content,
      version: mine.version,
    });
    expect(saved.version).toBe(mine.version + 1);
    const stored = handlers.state.reports.find((r) => r.agencyId === 'lam-dong.so-gddt' && r.year === 2026);
    expect(stored!.version).toBe(saved.version);
  });

  it('resolves a relative URL and keeps the error answers of the handlers', async () => {
    const fetch = createMockFetch(createHandlers({ baseUrl: 'http://localhost' }));
    const res = await fetch('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
  });

  it("serves a route with params on any origin when baseUrl is '' (msw's wildcard is no param)", async () => {
    const fetch = createMockFetch(createHandlers());
    const res = await fetch(`https://anywhere.test/api/v1/plans/${PLAN}`);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(PLAN);
  });

  it('rejects with a TypeError when the answer is lost (offline-once) or nothing matches', async () => {
    const handlers = createHandlers({ baseUrl: BASE, scenario: 'offline-once' });
    const api = createClient({
      baseUrl: BASE,
      token: demoToken('tinh-doan'),
      fetch: createMockFetch(handlers),
      retries: 0,
    });
    const content = contentFor(taskOf('lam-dong.tinh-doan'));
    const lost = await api
      .submitReport({ planId: PLAN, year: 2026, content, idempotencyKey: 'k-1' })
      .catch((e) => e);
    expect(lost).toBeInstanceOf(NetworkError);
    expect(
      handlers.state.reports.filter((r) => r.agencyId === 'lam-dong.tinh-doan' && r.year === 2026),
    ).toHaveLength(1);
    await expect(createMockFetch(handlers)('https://elsewhere.test/x')).rejects.toBeInstanceOf(TypeError);
  });
});
