import type { Report } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import {
  contentOf,
  counts,
  healthContent,
  jsonReq,
  login,
  REPORT_PATH,
  reportCalls,
  useTestServer,
} from './helpers.js';

const s = useTestServer('test');

const { submit } = reportCalls(s);

async function submittedEvents(): Promise<number> {
  const rows = await s.db.kysely
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'submitted')
    .execute();
  return rows.length;
}

describe('idempotent submit', () => {
  it('a retry with the same key returns the first response and changes nothing', async () => {
    const t = await login(s.app, 'so-y-te');
    const first = await submit(t, { content: healthContent() }, 'k-1');
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    const after = await counts(s.db);
    s.clock.advance(5_000);
    const retry = await submit(t, { content: healthContent() }, 'k-1');
    expect(retry.status).toBe(200);
    expect(await retry.text()).toBe(firstBody);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await counts(s.db)).toEqual(after);
    expect(after.reports).toBe(1);
    expect(await submittedEvents()).toBe(1);
  });

  it('concurrent duplicates with the same key: one report, one submitted event', async () => {
    const t = await login(s.app, 'so-y-te');
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => submit(t, { content: healthContent() }, 'same-key')),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(bodies).size).toBe(1);
    const report = JSON.parse(bodies[0] as string) as Report;
    expect(report.status).toBe('submitted');
    const c = await counts(s.db);
    expect(c.reports).toBe(1);
    expect(c.idem).toBe(1);
    expect(await submittedEvents()).toBe(1);
  });

  it('concurrent submits with different keys: exactly one wins', async () => {
    const t = await login(s.app, 'so-y-te');
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => submit(t, { content: healthContent() }, `key-${i}`)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    // the losers find the report already submitted
    expect(statuses.filter((x) => x === 409)).toHaveLength(5);
    expect((await counts(s.db)).reports).toBe(1);
    expect(await submittedEvents()).toBe(1);
  });

  it('refuses a key reused for a different request', async () => {
    const t = await login(s.app, 'so-y-te');
    expect((await submit(t, { content: healthContent('a') }, 'k')).status).toBe(200);
    const res = await submit(t, { content: healthContent('b') }, 'k');
    expect(res.status).toBe(409);
  });

  it('keys are per account', async () => {
    const a = await login(s.app, 'so-y-te');
    const b = await login(s.app, 'so-tu-phap');
    expect((await submit(a, { content: healthContent() }, 'shared')).status).toBe(200);
    const res = await submit(b, { content: contentOf('lam-dong.so-tu-phap') }, 'shared');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Report).agencyId).toBe('lam-dong.so-tu-phap');
    expect((await counts(s.db)).reports).toBe(2);
  });

  it('a failed attempt stores nothing, so the retry runs', async () => {
    const t = await login(s.app, 'so-y-te');
    await s.app.request(REPORT_PATH, jsonReq('PUT', t, { content: healthContent() }));
    const stale = await submit(t, { content: healthContent() }, 'k-x', '"9"');
    expect(stale.status).toBe(412);
    expect((await counts(s.db)).idem).toBe(0);
    const ok = await submit(t, { content: healthContent() }, 'k-y', '"1"');
    expect(ok.status).toBe(200);
  });

  it('an invalid key is a validation error', async () => {
    const t = await login(s.app, 'so-y-te');
    const res = await submit(t, { content: healthContent() }, 'x'.repeat(300));
    expect(res.status).toBe(400);
  });
});
