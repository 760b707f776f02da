import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/services/rate-limit.js';
import { healthContent, jsonReq, login, PLAN, REPORT_PATH, useTestServer } from './helpers.js';

const s = useTestServer('test', {
  config: { publicReadRateLimit: { perSecond: 2, burst: 3 }, trustProxy: 1 },
});
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const PROGRESS = `/api/v1/plans/${PLAN}/progress`;

describe('public reads per client address', () => {
  it('429 with Retry-After and a bilingual body past the burst, again allowed as the bucket refills', async () => {
    for (let i = 0; i < 3; i++) expect((await s.app.request(PROGRESS, from('203.0.113.7'))).status).toBe(200);
    const limited = await s.app.request(`/api/v1/plans/${PLAN}`, from('203.0.113.7'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    const body = (await limited.json()) as { error: { code: string; message: { vi: string; en: string } } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message.vi).toContain('Quá nhiều yêu cầu');
    expect(body.error.message.en).toContain('Too many public read requests');
    // Another client is not held up by the first.
    expect((await s.app.request(PROGRESS, from('198.51.100.9'))).status).toBe(200);
    // Half a second: one token (2 per second).
    s.clock.advance(500);
    expect((await s.app.request(PROGRESS, from('203.0.113.7'))).status).toBe(200);
    expect((await s.app.request(PROGRESS, from('203.0.113.7'))).status).toBe(429);
  });

  it('never limits signed-in writes, whatever the reads from the same address', async () => {
    for (let i = 0; i < 5; i++) await s.app.request('/api/v1/plans', from('203.0.113.8'));
    expect((await s.app.request('/api/v1/plans', from('203.0.113.8'))).status).toBe(429);
    const token = await login(s.app, 'so-y-te');
    const res = await s.app.request(REPORT_PATH, {
      ...jsonReq('PUT', token, { content: healthContent() }),
      headers: {
        ...jsonReq('PUT', token, { content: healthContent() }).headers,
        'x-forwarded-for': '203.0.113.8',
      },
    });
    expect(res.status).toBe(201);
  });

  it('limits a forwarded loopback address like any other behind a trusted proxy', async () => {
    for (let i = 0; i < 3; i++) await s.app.request('/api/v1/plans', from('127.0.0.1'));
    expect((await s.app.request('/api/v1/plans', from('127.0.0.1'))).status).toBe(429);
  });
});

describe('public reads without TRUST_PROXY', () => {
  const local = useTestServer('test', { config: { publicReadRateLimit: { perSecond: 1, burst: 2 } } });
  const socket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
  it('never limits a client on this machine (a local tool, or a proxy not declared)', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      for (let i = 0; i < 5; i++)
        expect((await local.app.request('/api/v1/plans', {}, socket(address))).status, address).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await local.app.request('/api/v1/plans', {}, socket('192.0.2.1'))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('TokenBucket', () => {
  it('allows the burst, then the rate; says how long to wait; 0 per second is no limit', () => {
    const b = new TokenBucket(1, 2);
    expect([b.take('a', 0), b.take('a', 0), b.take('a', 0)]).toEqual([0, 0, 1]);
    expect(b.take('a', 999)).toBe(1);
    expect(b.take('a', 1000)).toBe(0);
    expect(b.take('b', 1000)).toBe(0);
    // A long pause refills to the burst, not beyond.
    expect([b.take('a', 60_000), b.take('a', 60_000), b.take('a', 60_000)]).toEqual([0, 0, 1]);
    const slow = new TokenBucket(0.1, 1);
    slow.take('x', 0);
    expect(slow.take('x', 0)).toBe(10);
    const off = new TokenBucket(0, 0);
    for (let i = 0; i < 1000; i++) expect(off.take('x', 0)).toBe(0);
  });

  it('stays bounded with many clients', () => {
    const b = new TokenBucket(1, 5, 100);
    for (let i = 0; i < 1000; i++) b.take(`c${i}`, 0);
    expect((b as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });
});
