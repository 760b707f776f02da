/**
 * The script-tag bundle under `Content-Security-Policy: default-src 'self'`, as a strict
 * provincial portal would serve it: no inline script, no inline style, no eval. Served over
 * HTTP from this process (a file:// page cannot carry the header) to Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type Page, chromium as pw } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared';
import { bundleCode } from '../scripts/size.js';
import { immunisation } from '../src/fixtures/indicator-card.js';

const CSP = "default-src 'self'";
// Loaded twice on purpose: two portlets may each include the bundle.
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>
<script src="/probe.js"></script>
<script src="/kehoach-widgets.js"></script><script src="/kehoach-widgets.js"></script></head>
<body><main><kh-indicator-card id="a" src="/snapshot.json"></kh-indicator-card>
<kh-indicator-card id="b" src="/snapshot.json" lang="en" theme="dark"></kh-indicator-card></main></body></html>`;
// Records CSP violations where the test can read them; an inline listener would itself be blocked.
const probe = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

let server: Server;
let browser: Browser;
let tab: Page;
const errors: string[] = [];

beforeAll(async () => {
  const bundle = await bundleCode('src/kehoach-widgets.ts', 'iife');
  const files: Record<string, [string, string]> = {
    '/': ['text/html', page],
    '/probe.js': ['text/javascript', probe],
    '/kehoach-widgets.js': ['text/javascript', bundle],
    '/snapshot.json': ['application/json', JSON.stringify(immunisation)],
    '/favicon.ico': ['image/x-icon', ''],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, {
      'content-type': file?.[0] ?? 'text/plain',
      'content-security-policy': CSP,
    });
    res.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  browser = await pw.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  tab = await browser.newPage({ viewport: { width: 720, height: 900 } });
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

it('renders styled, in both languages, with no CSP violation and no error', async () => {
  await tab.locator('#a [part~="title"]').waitFor();
  await tab.locator('#b [part~="title"]').waitFor();
  expect(await tab.locator('#a header [part~="status"]').textContent()).toBe('Tiến bộ đáng kể');
  expect(await tab.locator('#b header [part~="status"]').textContent()).toBe('Substantial progress');
  // Styles really applied (adoptedStyleSheets), not just markup.
  expect(await tab.locator('#a header .badge').evaluate((e) => getComputedStyle(e).borderRadius)).toBe(
    '999px',
  );
  expect(await tab.locator('#b [part~="base"]').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
    'rgb(22, 25, 29)',
  );
  expect(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
  mkdirSync('test-results', { recursive: true });
  await tab.screenshot({ path: 'test-results/csp.png', fullPage: true });
});

it('would notice a violation (control): an inline style attribute is reported', async () => {
  await tab.evaluate(() => {
    const d = document.createElement('div');
    d.innerHTML = '<span style="color: red">x</span>';
    document.body.append(d);
  });
  await expect
    .poll(() => tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length))
    .toBeGreaterThan(0);
});
