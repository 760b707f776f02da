import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, healthContent, jsonReq, login, PLAN, REPORT_PATH, useTestServer } from './helpers.js';

const s = useTestServer('file', { config: { corsWriteOrigins: ['https://portal.example.vn'] } });
let token: string;
beforeAll(async () => {
  token = await login(s.app, 'so-y-te');
});

describe('request bodies', () => {
  it('413 for a body over 256 KB, nothing stored', async () => {
    const before = await counts(s.db);
    const big = { content: { ...healthContent(), difficulties: 'x'.repeat(300 * 1024) } };
    const res = await s.app.request(REPORT_PATH, jsonReq('PUT', token, big));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(await counts(s.db)).toEqual(before);
  });

  it('413 also for a streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await s.app.request(REPORT_PATH, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('415 for a body that is not JSON', async () => {
    const res = await s.app.request(REPORT_PATH, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: JSON.stringify({ content: healthContent() }),
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
    const form = await s.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=a&password=b',
    });
    expect(form.status).toBe(415);
  });

  it('400 for malformed JSON, with a bilingual message', async () => {
    const res = await s.app.request(REPORT_PATH, jsonReq('PUT', token, '{"content": {'));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: { vi: string; en: string } } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message.vi).toContain('JSON');
  });

  it('400 with field errors in both languages for a schema violation', async () => {
    const content = { ...healthContent(), budget: [{ fundingId: 'III.1', planned: -5, spent: 0 }] };
    const res = await s.app.request(REPORT_PATH, jsonReq('PUT', token, { content }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { fieldErrors: { path: string; message: { vi: string; en: string } }[] };
    };
    expect(body.error.fieldErrors).toEqual([
      {
        path: 'content.budget.0.planned',
        code: 'too_small',
        message: expect.objectContaining({ vi: expect.stringContaining('Trường content.budget.0.planned') }),
      },
    ]);
  });

  it('400 for bad query parameters', async () => {
    const res = await s.app.request(`/api/v1/plans/${PLAN}/submissions?year=abc`, jsonReq('GET', token));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fieldErrors: { path: string }[] } };
    expect(body.error.fieldErrors[0]?.path).toBe('query.year');
  });
});

describe('errors', () => {
  it('500 is the generic ApiError, without stack traces', async () => {
    const t = await login(s.app, 'so-tu-phap');
    await sql`alter table reports rename to reports_away`.execute(s.db.kysely);
    try {
      const res = await s.app.request(REPORT_PATH, jsonReq('GET', t));
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'internal', message: { vi: expect.any(String), en: expect.any(String) } },
      });
      expect(text).not.toMatch(/at |\.ts|sqlite|reports/i);
      expect(s.logs.join('')).toContain('unhandled error');
    } finally {
      await sql`alter table reports_away rename to reports`.execute(s.db.kysely);
    }
  });
});

describe('CORS', () => {
  it('any origin may read', async () => {
    const res = await s.app.request(`/api/v1/plans/${PLAN}`, { headers: { origin: 'https://any.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const pre = await s.app.request(`/api/v1/plans/${PLAN}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://any.example', 'access-control-request-method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('only allow-listed origins may write', async () => {
    const denied = await s.app.request(REPORT_PATH, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'PUT' },
    });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await s.app.request(REPORT_PATH, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example.vn',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization, content-type, if-match',
      },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.vn');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('If-Match');
    const write = await s.app.request(
      REPORT_PATH,
      jsonReq('PUT', token, { content: healthContent() }, { origin: 'https://evil.example' }),
    );
    expect(write.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('reads and documentation', () => {
  it('lists plans and serves the plan, organisations and catalog', async () => {
    const list = (await (await s.app.request('/api/v1/plans')).json()) as { id: string; catalogId: string }[];
    expect(list).toEqual([expect.objectContaining({ id: PLAN, catalogId: 'qd23' })]);
    expect((await s.app.request(`/api/v1/plans/${PLAN}/organizations`)).status).toBe(200);
    expect((await s.app.request('/api/v1/catalogs/qd23')).status).toBe(200);
    expect((await s.app.request('/api/v1/catalogs/nope')).status).toBe(404);
  });

  it('serves OpenAPI 3.1 and a reference page without remote scripts', async () => {
    const doc = (await (await s.app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/plans/{planId}/reports/{year}/mine');
    // The operator's CSV import is in the served document with its text/csv body.
    expect(doc.paths['/api/v1/plans/{planId}/observations']).toMatchObject({
      post: { operationId: 'importObservations', requestBody: { content: { 'text/csv': {} } } },
    });
    const page = await s.app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).toContain('src="/api/docs/app.js"');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const js = await (await s.app.request('/api/docs/app.js')).text();
    expect(js).not.toContain('innerHTML');
  });
});
