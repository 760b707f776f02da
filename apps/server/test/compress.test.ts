import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../src/http/compress.js';
import { PLAN, useTestServer } from './helpers.js';

const s = useTestServer('file', { config: { corsWriteOrigins: ['https://portal.example.vn'] } });
const PLAN_PATH = `/api/v1/plans/${PLAN}`;
const get = (path: string, headers: Record<string, string> = {}) => s.app.request(path, { headers });

describe('compression', () => {
  it('sends JSON as brotli or gzip when accepted, decoding to the same body', async () => {
    const plain = await get(PLAN_PATH);
    const text = await plain.text();
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/);
    for (const [accept, encoding, decode] of [
      ['br', 'br', brotliDecompressSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0.5, gzip', 'gzip', gunzipSync],
      ['*', 'br', brotliDecompressSync],
    ] as const) {
      const res = await get(PLAN_PATH, { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding'), accept).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
      expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(text));
      expect(decode(bytes).toString('utf8'), accept).toBe(text);
    }
  });

  it('sends the body as it is when no encoding is accepted, or the body is small', async () => {
    for (const accept of ['identity', 'br;q=0, gzip;q=0', 'deflate', '*;q=0']) {
      const res = await get(PLAN_PATH, { 'accept-encoding': accept });
      expect(res.headers.get('content-encoding'), accept).toBeNull();
      expect(JSON.parse(await res.text()).id).toBe(PLAN);
    }
    const small = await get('/api/v1/nothing', { 'accept-encoding': 'br, gzip' });
    expect(small.status).toBe(404);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(((await small.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const head = await s.app.request(PLAN_PATH, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.headers.get('content-encoding')).toBeNull();
  });

  it('chooses by weight, brotli first at equal weight', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('gzip;q=1, br;q=0.9')).toBe('gzip');
    expect(chooseEncoding('gzip, br')).toBe('br');
    expect(chooseEncoding('GZIP')).toBe('gzip');
    expect(chooseEncoding('*;q=0.1, br;q=0')).toBe('gzip');
  });
});

describe('CORS and request ids (Hono middleware)', () => {
  it('answers preflights: reads from any origin, writes only from allow-listed ones', async () => {
    const pre = (origin: string, method: string) =>
      s.app.request(PLAN_PATH, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': method },
      });
    const read = await pre('https://any.example', 'GET');
    expect(read.status).toBe(204);
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    expect(read.headers.get('access-control-allow-methods')).toBe('GET,HEAD');
    expect(read.headers.get('access-control-max-age')).toBe('600');
    expect(read.headers.get('vary')).toMatch(/Origin/);
    const denied = await pre('https://any.example', 'PUT');
    expect(denied.status).toBe(204);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await pre('https://portal.example.vn', 'PUT');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.vn');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST,PUT,DELETE');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
  });

  it('says Vary: Origin on reads, whose Access-Control-Allow-Origin depends on the origin', async () => {
    const none = await get(PLAN_PATH);
    const other = await get(PLAN_PATH, { origin: 'https://any.example' });
    const listed = await get(PLAN_PATH, { origin: 'https://portal.example.vn' });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-origin')).toBe('*');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://portal.example.vn');
    for (const res of [none, other, listed]) expect(res.headers.get('vary')).toMatch(/(^|, *)Origin(,|$)/);
    expect(listed.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('keeps a valid incoming X-Request-Id and replaces any other, never logging headers', async () => {
    const kept = await get(PLAN_PATH, { 'x-request-id': 'proxy-42_abc', authorization: 'Bearer sekret' });
    expect(kept.headers.get('x-request-id')).toBe('proxy-42_abc');
    for (const bad of ['a b', 'x'.repeat(65), '<script>', 'id\u00e9']) {
      const res = await get(PLAN_PATH, { 'x-request-id': bad });
      const id = res.headers.get('x-request-id') ?? '';
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const logged = s.logs.join('');
    expect(logged).toContain('"reqId":"proxy-42_abc"');
    expect(logged).not.toContain('sekret');
  });
});
