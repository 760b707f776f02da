/**
 * The autoloader under `Content-Security-Policy: default-src 'self'`: a page holding a
 * dashboard at load gets `autoload/kh-progress-dashboard.js` only; an indicator card added
 * later by the page's own script is seen by the MutationObserver and loads its file. The
 * files are served as `pnpm build` writes them (scripts/build-autoloader.ts, same bundles).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type Page, chromium as pw } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared';
import { dashboardSnapshot } from '../scripts/example-server.js';
import { AUTOLOADER_ENTRY, budgets, bundleCode } from '../scripts/size.js';
import { immunisation } from '../src/fixtures/indicator-card.js';

const CSP = "default-src 'self'";
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Autoloader</title>
<script src="/probe.js"></script>
<script type="module" src="/w/kehoach-autoloader.js"></script></head>
<body><main><kh-progress-dashboard id="d" src="/dashboard.json" heading-level="2"></kh-progress-dashboard>
<button id="add">add</button></main><script src="/add.js"></script></body></html>`;
const probe = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
// The page's own script adds a second, different element after the autoloader ran.
const add = `document.getElementById('add').addEventListener('click', () => {
  const c = document.createElement('kh-indicator-card'); c.id = 'c' + document.querySelectorAll('kh-indicator-card').length; c.setAttribute('src', '/snapshot.json');
  document.querySelector('main').append(c);
});`;

let server: Server;
let browser: Browser;
let tab: Page;
const errors: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  const files: Record<string, [string, string]> = {
    '/': ['text/html', page],
    '/probe.js': ['text/javascript', probe],
    '/add.js': ['text/javascript', add],
    '/w/kehoach-autoloader.js': ['text/javascript', await bundleCode(AUTOLOADER_ENTRY, 'es')],
    '/dashboard.json': ['application/json', readFileSync(dashboardSnapshot, 'utf8')],
    '/snapshot.json': ['application/json', JSON.stringify(immunisation)],
    '/favicon.ico': ['image/x-icon', ''],
  };
  for (const [name, b] of Object.entries(budgets))
    if (name.startsWith('kh-'))
      files[`/w/autoload/${name}.js`] = ['text/javascript', await bundleCode(b.entry, b.format)];
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, {
      'content-type': file?.[0] ?? 'text/plain',
      'content-security-policy': CSP,
    });
    res.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  browser = await pw.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const loaded = () => requested.filter((u) => u.startsWith('/w/autoload/')).sort();

it('loads only the element on the page, styled, with no CSP violation', async () => {
  await tab.locator('#d [part~="table"]').waitFor();
  expect(await tab.locator('#d [part~="title"]').getAttribute('aria-level')).toBe('2');
  expect(loaded()).toEqual(['/w/autoload/kh-progress-dashboard.js']);
  expect(await tab.evaluate(() => customElements.get('kh-indicator-card'))).toBeUndefined();
});

it('loads a different element added later, once, and both render under the strict CSP', async () => {
  await tab.click('#add');
  await tab.locator('#c0 [part~="title"]').waitFor();
  expect(await tab.locator('#c0 header [part~="status"]').textContent()).toBe('Tiến bộ đáng kể');
  expect(await tab.locator('#c0 header .badge').evaluate((e) => getComputedStyle(e).borderRadius)).toBe(
    '999px',
  );
  await tab.click('#add');
  await expect.poll(() => tab.locator('kh-indicator-card [part~="title"]').count()).toBe(2);
  expect(loaded()).toEqual(['/w/autoload/kh-indicator-card.js', '/w/autoload/kh-progress-dashboard.js']);
  expect(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
});
