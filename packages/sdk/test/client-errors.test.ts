import { afterEach, describe, expect, it, vi } from 'vitest';
import { filenameFromContentDisposition, randomUuid, sleep } from '../src/api/http.js';
import {
  ApiError,
  apiErrorMessages,
  createApiError,
  isApiError,
  type KehoachError,
  localizeError,
  NetworkError,
  PreconditionFailedError,
  type RateLimitedError,
  ResponseValidationError,
  TimeoutError,
  ValidationFailedError,
  versionFromEtag,
} from '../src/index.js';

describe('createApiError', () => {
  it('validates the body with ApiErrorSchema and ignores a body of another shape', () => {
    const good = createApiError({
      status: 400,
      body: JSON.stringify({
        error: { code: 'validation_failed', message: { vi: 'Sai', en: 'Wrong' }, fieldErrors: [] },
      }),
    });
    expect(good).toBeInstanceOf(ValidationFailedError);
    expect(good.messages).toEqual({ vi: 'Sai', en: 'Wrong' });

    const odd = createApiError({ status: 400, body: JSON.stringify({ error: { code: 'teapot' } }) });
    expect(odd.code).toBe('validation_failed');
    expect(odd.messages).toEqual(apiErrorMessages.unknown);
    expect(odd.fieldErrors).toEqual([]);
  });

  it('gives the generic text of the status without our body, and the unknown one for codes only our server sends', () => {
    const proxy = createApiError({ status: 502, body: '<html>Bad gateway</html>' });
    expect(proxy.messages).toEqual(apiErrorMessages.internal);
    const conflict = createApiError({ status: 409, body: '' });
    expect(conflict.code).toBe('conflict');
    expect(conflict.messages).toEqual(apiErrorMessages.unknown);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const secs = createApiError({ status: 429, headers: new Headers({ 'Retry-After': '120' }) });
    expect((secs as RateLimitedError).retryAfterSeconds).toBe(120);
    const date = new Date(Date.now() + 60_000).toUTCString();
    const at = createApiError({ status: 429, headers: new Headers({ 'Retry-After': date }) });
    expect((at as RateLimitedError).retryAfterSeconds).toBeGreaterThan(50);
    expect((createApiError({ status: 429 }) as RateLimitedError).retryAfterSeconds).toBeNull();
  });

  it('takes the current version of a 412 from the ETag before the body', () => {
    const e = createApiError({
      status: 412,
      headers: new Headers({ ETag: '"12"' }),
      body: JSON.stringify({ error: { currentVersion: 3 } }),
    });
    expect(e).toBeInstanceOf(PreconditionFailedError);
    expect((e as PreconditionFailedError).currentVersion).toBe(12);
  });

  it('recognises an ApiError from another copy of the sdk by its brand', () => {
    const e = createApiError({ status: 404 });
    const copy = Object.create(null) as Record<symbol, unknown>;
    for (const s of Object.getOwnPropertySymbols(e)) copy[s] = (e as unknown as Record<symbol, unknown>)[s];
    expect(isApiError(copy)).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});

describe('errors', () => {
  it('say every message in both languages, English in .message', () => {
    const errors: KehoachError[] = [
      createApiError({ status: 503 }),
      new NetworkError(3),
      new TimeoutError(3, 100),
      new ResponseValidationError('getPlan', 200, []),
    ];
    for (const e of errors) {
      expect(e.message).toBe(e.messages.en);
      expect(e.messages.vi.length).toBeGreaterThan(0);
      expect(e.messages.vi).not.toBe(e.messages.en);
      expect(localizeError(e)).toBe(e.messages.vi);
      expect(localizeError(e, 'en')).toBe(e.messages.en);
    }
    expect(errors[0]).toBeInstanceOf(ApiError);
    expect(errors[2]?.name).toBe('TimeoutError');
    expect(localizeError(new Error('boom'), 'en')).toBe('An unexpected error occurred.');
  });

  it('parses version ETags only', () => {
    expect(versionFromEtag('"3"')).toBe(3);
    expect(versionFromEtag('W/"15"')).toBe(15);
    expect(versionFromEtag('"abc"')).toBeNull();
    expect(versionFromEtag(null)).toBeNull();
  });
});

describe('http helpers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads file names from Content-Disposition, preferring filename*', () => {
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.xlsx`)).toBe(
      'Báo cáo.xlsx',
    );
    expect(filenameFromContentDisposition('attachment; filename="a \\"b\\".docx"')).toBe('a "b".docx');
    expect(filenameFromContentDisposition('attachment; filename=plain.xlsx')).toBe('plain.xlsx');
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe(
      '.._.._etc_passwd',
    );
    expect(filenameFromContentDisposition('attachment')).toBeNull();
    expect(filenameFromContentDisposition(null)).toBeNull();
  });

  it('makes v4 UUIDs without crypto.randomUUID (plain-http portals)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0xab) });
    const id = randomUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sleeps until aborted', async () => {
    const ctrl = new AbortController();
    const p = sleep(10_000, ctrl.signal);
    ctrl.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
