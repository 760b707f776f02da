import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPortal, PORTAL_CSP, safeSegments } from '../src/http/portal.js';
import { useTestServer } from './helpers.js';

const s = useTestServer('file');
let root: string;
let dist: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kehoach-portal-'));
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, 'vendor'));
  mkdirSync(join(dist, 'guide'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title><kh-progress-dashboard>');
  writeFileSync(join(dist, 'report.html'), '<!doctype html><title>report</title>');
  writeFileSync(join(dist, 'guide', 'index.html'), '<!doctype html><title>guide</title>');
  writeFileSync(join(dist, 'assets', 'report-4P2tLbF3.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'common-BKsnW3OO.css'), 'body{}');
  writeFileSync(join(dist, 'vendor', 'kehoach-widgets.js'), 'customElements;');
  writeFileSync(join(dist, 'assets', 'big-Cq3xT9aZ.js'), `export const rows = [${'"hàng",'.repeat(2000)}];`);
  writeFileSync(join(dist, 'emblem.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dist, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'secret.txt'), 'outside the portal');
  symlinkSync(join(root, 'secret.txt'), join(dist, 'link.txt'));
  mountPortal(s.app, dist);
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => s.app.request(path, { headers });

describe('portal hosting (PORTAL_DIR)', () => {
  it('serves pages with the CSP, nosniff, Referrer-Policy and no long cache', async () => {
    for (const [path, title] of [
      ['/', 'home'],
      ['/index.html', 'home'],
      ['/report.html', 'report'],
      ['/report', 'report'],
      ['/guide/', 'guide'],
      ['/guide', 'guide'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await res.text(), path).toContain(`<title>${title}</title>`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toBe(PORTAL_CSP);
      for (const d of [
        "default-src 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ])
        expect(csp).toContain(d);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('gives content types, a year of immutable cache to hashed assets, and 304 on If-None-Match', async () => {
    const js = await get('/assets/report-4P2tLbF3.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/common-BKsnW3OO.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('/emblem.svg')).headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const widgets = await get('/vendor/kehoach-widgets.js');
    expect(widgets.headers.get('cache-control')).toBe('no-cache');
    const etag = widgets.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    const again = await get('/vendor/kehoach-widgets.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    const head = await s.app.request('/report.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('compresses scripts with brotli or gzip as accepted, keeping the headers', async () => {
    const plain = await get('/assets/big-Cq3xT9aZ.js');
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    for (const [accept, encoding, decode] of [
      ['br', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const) {
      const res = await get('/assets/big-Cq3xT9aZ.js', { 'accept-encoding': accept });
      expect(res.headers.get('content-encoding'), accept).toBe(encoding);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-security-policy')).toBe(PORTAL_CSP);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(text) / 4);
      expect(decode(bytes).toString('utf8')).toBe(text);
    }
  });

  it('never leaves the directory: .., encoded dots and slashes, absolute paths, dotfiles, symlinks', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2fetc%2fpasswd',
      '//etc/passwd',
      '/etc/passwd',
      `/${encodeURIComponent(join(root, 'secret.txt'))}`,
      '/.env',
      '/%2eenv',
      '/link.txt',
      '/report.html%00.js',
      '/%E0%A4%A',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      const text = await res.text();
      expect(text, path).not.toContain('outside the portal');
      expect(text, path).not.toContain('SECRET');
      expect(text, path).not.toContain('root:');
    }
  });

  it('falls back to the home page (404) for unknown pages, a JSON 404 for unknown files and /api', async () => {
    const page = await get('/no/such/page');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<title>home</title>');
    expect(page.headers.get('content-security-policy')).toBe(PORTAL_CSP);
    const file = await get('/assets/missing-AAAAAAAA.js');
    expect(file.status).toBe(404);
    expect(((await file.json()) as { error: { code: string } }).error.code).toBe('not_found');
    for (const path of ['/api', '/api/', '/api/v1/nothing', '/api/index.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/json');
    }
    const plans = await get('/api/v1/plans');
    expect(plans.status).toBe(200);
    expect(plans.headers.get('content-security-policy')).toBeNull();
  });

  it('refuses a directory without index.html, in both languages', () => {
    expect(() => mountPortal(s.app, join(root, 'nowhere'))).toThrow(
      /không có index.html.*has no index.html/s,
    );
  });

  it('splits paths into safe segments', () => {
    expect(safeSegments('/assets/a%20b.js')).toEqual(['assets', 'a b.js']);
    expect(safeSegments('//x//y/')).toEqual(['x', 'y']);
    for (const bad of ['/..', '/.', '/%2e%2e', '/a%2fb', '/a%5cb', '/c:', '/%00', '/.hidden', '/%zz'])
      expect(safeSegments(bad), bad).toBeNull();
  });
});
