/**
 * The API client against a real HTTP server on 127.0.0.1 (node:http, random port) with the
 * global fetch: no mocks of fetch, so retries, timeouts and aborts go through a real socket.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  ApiError,
  apiErrorMessages,
  type CallOptions,
  ConflictError,
  createClient,
  type DownloadedFile,
  ForbiddenError,
  isApiError,
  type KehoachClient,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RateLimitedError,
  type Report,
  type ReportContent,
  ResponseValidationError,
  type SavedDraft,
  ServerError,
  TimeoutError,
  UnauthenticatedError,
  ValidationFailedError,
} from '../src/index.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
type Handler = (req: IncomingMessage, res: ServerResponse, body: string, attempt: number) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
let seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body, seen.length);
    });
  });
  // Longer than the whole file, so no idle keep-alive socket is closed under a request.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  handler = (_req, res) => json(res, 500, { unexpected: true });
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function apiError(code: string, fieldErrors?: unknown[]) {
  return {
    error: {
      code,
      message: { vi: `Lỗi ${code}`, en: `Error ${code}` },
      ...(fieldErrors ? { fieldErrors } : {}),
    },
  };
}

const content: ReportContent = {
  tasks: [{ taskId: 'II.1.a', status: 'in_progress', results: 'Đã tổ chức 3 lớp tập huấn' }],
  measures: [],
  budget: [{ fundingId: 'III.1', planned: 100_000_000, spent: 40_000_000 }],
  difficulties: '',
  recommendations: '',
};

function report(version: number, status: Report['status'] = 'draft'): Report {
  return {
    id: 'rep-1',
    planId: 'dn-2021',
    year: 2024,
    agencyId: 'so-ldtbxh',
    status,
    version,
    content,
    events: [],
    updatedAt: '2024-12-01T08:00:00+07:00',
    submittedAt: status === 'submitted' ? '2024-12-02T08:00:00+07:00' : null,
  };
}

const planSummary = {
  id: 'dn-2021',
  title: { vi: 'Kế hoạch thực hiện Chương trình hành động vì trẻ em' },
  issuerName: { vi: 'UBND tỉnh Đắk Nông' },
  period: { from: 2021, to: 2030 },
  catalogId: 'qd23',
};

/** A client tuned for tests: short delays and timeouts. */
function client(extra: Partial<Parameters<typeof createClient>[0]> = {}): KehoachClient {
  return createClient({ baseUrl, retryDelayMs: 5, timeoutMs: 2000, ...extra });
}

describe('createClient: requests', () => {
  it('sends the bearer token in the Authorization header and never in the URL', async () => {
    handler = (_req, res) => json(res, 200, [planSummary]);
    const api = client({ token: 's3cr3t-token' });
    const plans = await api.listPlans();
    expect(plans).toEqual([planSummary]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.authorization).toBe('Bearer s3cr3t-token');
    expect(seen[0]?.url).toBe('/api/v1/plans');
    expect(seen[0]?.url).not.toContain('s3cr3t');
    expect(seen[0]?.headers['accept-language']).toMatch(/^vi/);

    api.setToken(null);
    await api.listPlans();
    expect(seen[1]?.headers.authorization).toBeUndefined();
  });

  it('keeps the token from login and forgets it on logout, even when the server fails', async () => {
    handler = (req, res, body) => {
      if (req.url === '/api/v1/auth/login') {
        expect(JSON.parse(body)).toEqual({ username: 'canbo', password: 'mật khẩu' });
        json(res, 200, {
          token: 'tok-1',
          expiresAt: '2025-01-01T00:00:00Z',
          user: { id: 'u1', username: 'canbo', name: 'Cán bộ', role: 'reporter', agencyId: 'so-ldtbxh' },
        });
      } else if (req.url === '/api/v1/auth/me') {
        json(res, 200, { id: 'u1', username: 'canbo', name: 'Cán bộ', role: 'reporter', agencyId: null });
      } else json(res, 500, apiError('internal'));
    };
    const api = client({ lang: 'en' });
    const login = await api.login({ username: 'canbo', password: 'mật khẩu' });
    expect(login.user.role).toBe('reporter');
    expect(api.getToken()).toBe('tok-1');
    const me = await api.me();
    expect(me.username).toBe('canbo');
    expect(seen[1]?.headers.authorization).toBe('Bearer tok-1');
    expect(seen[1]?.headers['accept-language']).toMatch(/^en/);
    await expect(api.logout()).rejects.toBeInstanceOf(ServerError);
    expect(api.getToken()).toBeNull();
  });

  it('returns undefined for a 204 and fills path and query parameters', async () => {
    handler = (req, res) => {
      if (req.method === 'POST') {
        res.writeHead(204);
        res.end();
        return;
      }
      json(res, 200, {
        planId: 'dn-2021',
        year: 2024,
        unitId: 'xa-1',
        illustrative: false,
        measures: [],
      });
    };
    const api = client({ token: 't' });
    await expect(api.logout()).resolves.toBeUndefined();
    const progress = await api.getProgress({ planId: 'dn-2021', year: 2024, unitId: 'xa-1' });
    expect(progress.unitId).toBe('xa-1');
    expect(seen[1]?.url).toBe('/api/v1/plans/dn-2021/progress?year=2024&unitId=xa-1');
    await api.getProgress({ planId: 'dn:2021' });
    expect(seen[2]?.url).toBe('/api/v1/plans/dn%3A2021/progress');
  });
});

describe('createClient: retries', () => {
  it('retries a dropped connection and reuses the same Idempotency-Key on every attempt', async () => {
    handler = (req, res, _body, attempt) => {
      if (attempt <= 2) {
        req.socket.destroy();
        return;
      }
      json(res, 200, report(4, 'submitted'));
    };
    const api = client({ token: 't', retries: 2 });
    const submitted = await api.submitReport({ planId: 'dn-2021', year: 2024, content, version: 3 });
    expect(submitted.status).toBe('submitted');
    expect(seen).toHaveLength(3);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seen.every((s) => s.headers['if-match'] === '"3"')).toBe(true);
    expect(seen.every((s) => s.body === seen[0]?.body)).toBe(true);
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ content });
  });

  it('uses a caller-given Idempotency-Key, and a new key for each separate call', async () => {
    handler = (_req, res) => json(res, 200, report(4, 'submitted'));
    const api = client({ token: 't' });
    await api.submitReport({ planId: 'dn-2021', year: 2024, content, idempotencyKey: 'mine-1' });
    await api.submitReport({ planId: 'dn-2021', year: 2024, content });
    await api.submitReport({ planId: 'dn-2021', year: 2024, content });
    expect(seen[0]?.headers['idempotency-key']).toBe('mine-1');
    expect(seen[1]?.headers['idempotency-key']).not.toBe(seen[2]?.headers['idempotency-key']);
  });

  it('throws NetworkError once every attempt was dropped', async () => {
    handler = (req) => req.socket.destroy();
    const api = client({ retries: 2 });
    const err = await api.listPlans().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).not.toBeInstanceOf(TimeoutError);
    expect((err as NetworkError).attempts).toBe(3);
    expect((err as NetworkError).messages.vi).toContain('Không kết nối được');
    expect(seen).toHaveLength(3);
  });

  it('throws NetworkError when nothing listens (connection refused)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = createClient({ baseUrl: `http://127.0.0.1:${port}`, retries: 1, retryDelayMs: 1 });
    const err = await api.listPlans().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).attempts).toBe(2);
  });

  it('does not retry a 500, and falls back to a bilingual message when the body is not JSON', async () => {
    handler = (_req, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    };
    const api = client({ token: 't', retries: 3 });
    const err = await api.submitReport({ planId: 'dn-2021', year: 2024, content }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(1);
    const e = err as ServerError;
    expect(e.status).toBe(502);
    expect(e.code).toBe('internal');
    expect(e.message).toBe('The server ran into an error. Please try again later.');
    expect(e.messages.vi).toBe('Máy chủ gặp lỗi. Vui lòng thử lại sau.');
  });

  it('does not retry a 400 and keeps the field errors of the body', async () => {
    const fieldErrors = [
      {
        path: 'content.budget.0.spent',
        code: 'too_small',
        message: {
          vi: 'Trường content.budget.0.spent: cần một số ≥ 0',
          en: 'Field content.budget.0.spent: expected a number ≥ 0',
        },
      },
    ];
    handler = (_req, res) =>
      json(res, 400, apiError('validation_failed', fieldErrors), { 'X-Request-Id': 'req-42' });
    const api = client({ token: 't' });
    const err = await api.saveDraft({ planId: 'dn-2021', year: 2024, content }).catch((e: unknown) => e);
    expect(seen).toHaveLength(1);
    expect(err).toBeInstanceOf(ValidationFailedError);
    expect(err).toBeInstanceOf(ApiError);
    expect(isApiError(err)).toBe(true);
    expect(isApiError(err, 'validation_failed')).toBe(true);
    expect(isApiError(err, 'not_found')).toBe(false);
    const e = err as ValidationFailedError;
    expect(e.status).toBe(400);
    expect(e.code).toBe('validation_failed');
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(e.message).toBe('Error validation_failed');
    expect(e.messages.vi).toBe('Lỗi validation_failed');
    expect(e.requestId).toBe('req-42');
  });
});

describe('createClient: timeouts and aborts', () => {
  it('times out each attempt, retries, then throws TimeoutError', async () => {
    handler = () => {
      /* never answers */
    };
    const api = client({ timeoutMs: 100, retries: 2 });
    const started = Date.now();
    const err = await api.listPlans().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as TimeoutError).attempts).toBe(3);
    expect((err as TimeoutError).timeoutMs).toBe(100);
    expect(seen).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('counts reading the body in the timeout', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('[');
    };
    const api = client({ timeoutMs: 100, retries: 0 });
    await expect(api.listPlans()).rejects.toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(1);
  });

  it("stops at once, without retrying, when the caller's signal aborts", async () => {
    handler = () => {
      /* never answers */
    };
    const api = client({ timeoutMs: 5000, retries: 3 });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const err = await api.listPlans({ signal: ctrl.signal }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
    expect(err).not.toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(1);
  });

  it('does not send anything with an already aborted signal and aborts a pending retry delay', async () => {
    const api = client({ retries: 3, retryDelayMs: 10_000 });
    const ctrl = new AbortController();
    ctrl.abort(new Error('gone'));
    await expect(api.listPlans({ signal: ctrl.signal })).rejects.toThrow('gone');
    expect(seen).toHaveLength(0);

    handler = (req) => req.socket.destroy();
    const later = new AbortController();
    const pending = api.listPlans({ signal: later.signal });
    setTimeout(() => later.abort(), 100);
    const started = Date.now();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(seen).toHaveLength(1);
  });
});

describe('createClient: drafts and errors', () => {
  it('sends If-Match and returns the new version from the ETag', async () => {
    handler = (_req, res) => json(res, 200, report(4), { ETag: '"4"' });
    const api = client({ token: 't' });
    const saved = await api.saveDraft({ planId: 'dn-2021', year: 2024, content, version: 3 });
    expect(seen[0]?.method).toBe('PUT');
    expect(seen[0]?.headers['if-match']).toBe('"3"');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(seen[0]?.headers['idempotency-key']).toBeUndefined();
    expect(saved).toEqual({ report: report(4), version: 4, etag: '"4"' });

    handler = (_req, res) => json(res, 200, report(1));
    const first = await api.saveDraft({ planId: 'dn-2021', year: 2024, content });
    expect(seen[1]?.headers['if-match']).toBeUndefined();
    expect(first.version).toBe(1);
    expect(first.etag).toBe('"1"');
  });

  it('maps 412 to PreconditionFailedError with the current version', async () => {
    handler = (_req, res) => json(res, 412, apiError('precondition_failed'), { ETag: 'W/"9"' });
    const api = client({ token: 't' });
    const err = await api
      .saveDraft({ planId: 'dn-2021', year: 2024, content, version: 3 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PreconditionFailedError);
    expect((err as PreconditionFailedError).currentVersion).toBe(9);
    expect((err as PreconditionFailedError).code).toBe('precondition_failed');
    expect(seen).toHaveLength(1);

    handler = (_req, res) => {
      const body = apiError('precondition_failed') as { error: Record<string, unknown> };
      body.error.currentVersion = 7;
      json(res, 412, body);
    };
    const err2 = await api
      .saveDraft({ planId: 'dn-2021', year: 2024, content, version: 3 })
      .catch((e: unknown) => e);
    expect((err2 as PreconditionFailedError).currentVersion).toBe(7);

    handler = (_req, res) => {
      res.writeHead(412);
      res.end();
    };
    const err3 = await api
      .saveDraft({ planId: 'dn-2021', year: 2024, content, version: 3 })
      .catch((e: unknown) => e);
    expect((err3 as PreconditionFailedError).currentVersion).toBeNull();
    // Without our body there is no text of ours: a 412 comes from our server only, with its body.
    expect((err3 as PreconditionFailedError).messages).toEqual(apiErrorMessages.unknown);
  });

  it.each([
    [401, 'unauthenticated', UnauthenticatedError],
    [403, 'forbidden', ForbiddenError],
    [404, 'not_found', NotFoundError],
    [409, 'conflict', ConflictError],
    [413, 'payload_too_large', PayloadTooLargeError],
    [428, 'precondition_required', PreconditionRequiredError],
    [429, 'rate_limited', RateLimitedError],
    [500, 'internal', ServerError],
  ] as const)('maps %i to %s', async (status, code, Type) => {
    handler = (_req, res) => json(res, status, apiError(code), { 'Retry-After': '30' });
    const api = client({ token: 't' });
    const err = await api.acceptReport({ reportId: 'rep-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Type);
    expect(isApiError(err, code)).toBe(true);
    expect((err as ApiError).status).toBe(status);
    expect(seen).toHaveLength(1);
    if (err instanceof RateLimitedError) expect(err.retryAfterSeconds).toBe(30);
  });

  it('uses the status when the body is not an ApiError, and keeps unknown statuses generic', async () => {
    handler = (_req, res) => json(res, 404, { message: 'nope' });
    const api = client();
    const err = await api.getReport({ reportId: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).code).toBe('not_found');
    expect((err as NotFoundError).body).toEqual({ message: 'nope' });

    handler = (_req, res) => {
      res.writeHead(418);
      res.end('teapot');
    };
    const err2 = await api.getReport({ reportId: 'x' }).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(ApiError);
    expect((err2 as ApiError).code).toBe('unknown');
    expect((err2 as ApiError).fieldErrors).toEqual([]);
  });
});

describe('createClient: responses', () => {
  it('throws ResponseValidationError when a body breaks the schema, naming the fields', async () => {
    handler = (_req, res) => json(res, 200, [{ ...planSummary, period: { from: '2021', to: 2030 } }]);
    const api = client();
    const err = await api.listPlans().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    const e = err as ResponseValidationError;
    expect(e.route).toBe('listPlans');
    expect(e.status).toBe(200);
    expect(e.fieldErrors.map((f) => [f.path, f.code])).toEqual([['0.period.from', 'invalid_type']]);
    expect(e.messages.vi).toContain('0.period.from');
    expect(isApiError(err)).toBe(false);
    expect(seen).toHaveLength(1);

    const lax = client({ validateResponses: false });
    await expect(lax.listPlans()).resolves.toHaveLength(1);
  });

  it('throws ResponseValidationError when a 200 is not JSON', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>portal login page</html>');
    };
    const err = await client()
      .getPlan({ planId: 'dn-2021' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as ResponseValidationError).fieldErrors[0]?.code).toBe('invalid_json');
  });

  it('downloads an export as bytes and a Blob with its file name', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const name = 'Báo cáo 2024.docx';
    handler = (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="bao-cao-2024.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
      res.end(bytes);
    };
    const api = client({ token: 't' });
    const file = await api.exportReport({ planId: 'dn-2021', year: 2024, format: 'docx' });
    expect(seen[0]?.url).toBe('/api/v1/plans/dn-2021/exports/2024/docx');
    expect(seen[0]?.headers.accept).toContain('wordprocessingml');
    expect(file.filename).toBe(name);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(file.data)).toEqual(bytes);
    expect(file.blob.size).toBe(bytes.length);
    expect(file.blob.type).toBe(file.contentType);

    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(bytes);
    };
    const plain = await api.exportReport({ planId: 'dn-2021', year: 2024, format: 'xlsx' });
    expect(plain.filename).toBe('kehoach-dn-2021-2024.xlsx');
  });

  it('reads returned reports, submissions and reviews with typed arguments', async () => {
    handler = (req, res, body) => {
      if (req.url?.endsWith('/return')) {
        expect(JSON.parse(body)).toEqual({ comment: 'Bổ sung số liệu chỉ tiêu 5' });
        json(res, 200, report(5, 'returned'));
      } else json(res, 200, [report(4, 'submitted')]);
    };
    const api = client({ token: 't' });
    const returned = await api.returnReport({ reportId: 'rep-1', comment: 'Bổ sung số liệu chỉ tiêu 5' });
    expect(returned.status).toBe('returned');
    const list = await api.listReports({ planId: 'dn-2021', year: 2024 });
    expect(list[0]?.version).toBe(4);
    expect(seen[1]?.url).toBe('/api/v1/plans/dn-2021/reports?year=2024');
  });
});

describe('createClient: types', () => {
  it('infers arguments and results from the route schemas', () => {
    const api = createClient({ baseUrl: 'http://127.0.0.1:1' });
    expectTypeOf(api.saveDraft).parameter(0).toEqualTypeOf<{
      planId: string;
      // A year (the yearly report, as before periods existed) or a period key ("2026-H1").
      year: number | string;
      content: ReportContent;
      version?: number;
    }>();
    expectTypeOf(api.saveDraft).returns.resolves.toEqualTypeOf<SavedDraft>();
    expectTypeOf(api.submitReport).returns.resolves.toEqualTypeOf<Report>();
    expectTypeOf(api.submitReport).parameter(0).toHaveProperty('idempotencyKey');
    expectTypeOf(api.getProgress).parameter(0).toEqualTypeOf<{
      planId: string;
      year?: number | undefined;
      unitId?: string | undefined;
    }>();
    expectTypeOf(api.exportReport).returns.resolves.toEqualTypeOf<DownloadedFile>();
    expectTypeOf(api.logout).returns.resolves.toEqualTypeOf<undefined>();
    expectTypeOf(api.me).parameter(0).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(api.listPlans).returns.resolves.items.toHaveProperty('catalogId');
  });
});
