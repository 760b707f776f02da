/**
 * The script-tag bundle under `Content-Security-Policy: default-src 'self'`, as a strict
 * provincial portal would serve it: no inline script, no inline style, no eval. Served over
 * HTTP from this process (a file:// page cannot carry the header) to Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { buildSnapshot } from '@kehoach/mocks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FileServer, serveFiles } from '../scripts/serve-files.js';
import { bundleCode } from '../scripts/size.js';
import { type Chromium, launch, type Tab } from './helpers/browser.js';

// Loaded twice on purpose: two portlets may each include the bundle.
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>
<script src="/kehoach-widgets.js"></script><script src="/kehoach-widgets.js"></script></head>
<body><main><kh-indicator-card id="a" src="/snapshot.json"></kh-indicator-card>
<kh-indicator-card id="b" src="/snapshot.json" lang="en" theme="dark"></kh-indicator-card></main></body></html>`;

let site: FileServer;
let chromium: Chromium;
let tab: Tab;

beforeAll(async () => {
  site = await serveFiles({
    '/': ['text/html', page],
    '/kehoach-widgets.js': ['text/javascript', await bundleCode('src/kehoach-widgets.ts', 'iife')],
    '/snapshot.json': ['application/json', JSON.stringify(buildSnapshot('indicator-card'))],
    '/favicon.ico': ['image/x-icon', ''],
  });
  chromium = await launch();
  tab = await chromium.open(`${site.origin}/`, { width: 720, height: 900 });
});

afterAll(async () => {
  await chromium?.close();
  await site?.close();
});

it('renders styled, in both languages, with no CSP violation and no error', async () => {
  const { page } = tab;
  await page.locator('#a [part~="title"]').waitFor();
  await page.locator('#b [part~="title"]').waitFor();
  expect(await page.locator('#a header [part~="status"]').textContent()).toBe('Tiến bộ đáng kể');
  expect(await page.locator('#b header [part~="status"]').textContent()).toBe('Substantial progress');
  // Styles really applied (adoptedStyleSheets), not just markup.
  expect(await page.locator('#a header .badge').evaluate((e) => getComputedStyle(e).borderRadius)).toBe(
    '999px',
  );
  expect(await page.locator('#b [part~="base"]').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
    'rgb(22, 25, 29)',
  );
  expect(await tab.violations()).toEqual([]);
  expect(tab.errors).toEqual([]);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/csp.png', fullPage: true });
});

it('would notice a violation (control): an inline style attribute is reported', async () => {
  await tab.page.evaluate(() => {
    const d = document.createElement('div');
    d.innerHTML = '<span style="color: red">x</span>';
    document.body.append(d);
  });
  await expect.poll(async () => (await tab.violations()).length).toBeGreaterThan(0);
});
