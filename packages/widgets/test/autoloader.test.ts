/**
 * The autoloader under `Content-Security-Policy: default-src 'self'`: a page holding a
 * dashboard at load gets `autoload/kh-progress-dashboard.js` only; an indicator card added
 * later by the page's own script is seen by the MutationObserver and loads its file. The
 * files are served as `pnpm build` writes them (scripts/build-autoloader.ts, same bundles).
 */
import { readFileSync } from 'node:fs';
import { buildSnapshot } from '@kehoach/mocks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dashboardSnapshot } from '../scripts/example-server.js';
import { type FileServer, type Files, serveFiles } from '../scripts/serve-files.js';
import { AUTOLOADER_ENTRY, budgets, bundleCode } from '../scripts/size.js';
import { type Chromium, launch, type Tab } from './helpers/browser.js';

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Autoloader</title>
<script type="module" src="/w/kehoach-autoloader.js"></script></head>
<body><main><kh-progress-dashboard id="d" src="/dashboard.json" heading-level="2"></kh-progress-dashboard>
<button id="add">add</button></main><script src="/add.js"></script></body></html>`;
// The page's own script adds a second, different element after the autoloader ran.
const add = `document.getElementById('add').addEventListener('click', () => {
  const c = document.createElement('kh-indicator-card'); c.id = 'c' + document.querySelectorAll('kh-indicator-card').length; c.setAttribute('src', '/snapshot.json');
  document.querySelector('main').append(c);
});`;

let site: FileServer;
let chromium: Chromium;
let tab: Tab;

beforeAll(async () => {
  const files: Files = {
    '/': ['text/html', page],
    '/add.js': ['text/javascript', add],
    '/w/kehoach-autoloader.js': ['text/javascript', await bundleCode(AUTOLOADER_ENTRY, 'es')],
    '/dashboard.json': ['application/json', readFileSync(dashboardSnapshot, 'utf8')],
    '/snapshot.json': ['application/json', JSON.stringify(buildSnapshot('indicator-card'))],
    '/favicon.ico': ['image/x-icon', ''],
  };
  for (const [name, b] of Object.entries(budgets))
    if (name.startsWith('kh-'))
      files[`/w/autoload/${name}.js`] = ['text/javascript', await bundleCode(b.entry, b.format)];
  site = await serveFiles(files);
  chromium = await launch();
  tab = await chromium.open(`${site.origin}/`);
});

afterAll(async () => {
  await chromium?.close();
  await site?.close();
});

const loaded = () => site.requested.filter((u) => u.startsWith('/w/autoload/')).sort();

it('loads only the element on the page, styled, with no CSP violation', async () => {
  await tab.page.locator('#d [part~="table"]').waitFor();
  expect(await tab.page.locator('#d [part~="title"]').getAttribute('aria-level')).toBe('2');
  expect(loaded()).toEqual(['/w/autoload/kh-progress-dashboard.js']);
  expect(await tab.page.evaluate(() => customElements.get('kh-indicator-card'))).toBeUndefined();
});

it('loads a different element added later, once, and both render under the strict CSP', async () => {
  await tab.page.click('#add');
  await tab.page.locator('#c0 [part~="title"]').waitFor();
  expect(await tab.page.locator('#c0 header [part~="status"]').textContent()).toBe('Tiến bộ đáng kể');
  expect(await tab.page.locator('#c0 header .badge').evaluate((e) => getComputedStyle(e).borderRadius)).toBe(
    '999px',
  );
  await tab.page.click('#add');
  await expect.poll(() => tab.page.locator('kh-indicator-card [part~="title"]').count()).toBe(2);
  expect(loaded()).toEqual(['/w/autoload/kh-indicator-card.js', '/w/autoload/kh-progress-dashboard.js']);
  expect(await tab.violations()).toEqual([]);
  expect(tab.errors).toEqual([]);
});
