/**
 * The example as a visitor gets it: built by Vite (the production React), served by `vite
 * preview` on a free port, in Debian's Chromium. The API is @kehoach/mocks in the page's
 * service worker: no server. Checks what an integrator relies on: the dashboard renders, the
 * token reaches the form as a property (never an attribute), and React's `onkh-submitted`
 * listener gets the typed detail.
 */
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}test-results/dist`;

let server: PreviewServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
  await page.goto(server.resolvedUrls!.local[0]!);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('renders the progress dashboard from the mock API', async () => {
  await page.locator('kh-progress-dashboard table').waitFor({ timeout: 30_000 });
  expect(await page.locator('kh-progress-dashboard tbody tr').count()).toBeGreaterThan(5);
  // React's `onkh-measure-select` gets the event's detail.
  await page.locator('kh-progress-dashboard [part~="measure-button"]').first().click();
  await expect.poll(() => page.locator('#measure').textContent()).toMatch(/^Chỉ số \S+ \(\S+, 2026\)$/);
});

it('hands the token to the report form as a property, never an attribute', async () => {
  expect(await page.locator('kh-report-form').count()).toBe(0);
  await page.locator('#sign-in').click();
  await page.locator('kh-report-form form').waitFor({ timeout: 30_000 });
  const form = await page
    .locator('kh-report-form')
    .evaluate((el: HTMLElementTagNameMap['kh-report-form']) => ({
      token: el.token,
      attributes: el.getAttributeNames(),
      html: el.outerHTML,
    }));
  expect(form.token).toMatch(/^demo-token\./);
  expect(form.attributes).not.toContain('token');
  expect(form.html).not.toContain(form.token!);
  // Attributes React set as such (no property of that name on the element): api-base.
  expect(form.attributes).toContain('api-base');
});

it('reacts to kh-submitted with the submitted report', async () => {
  expect(await page.locator('#submitted').count()).toBe(0);
  await page.locator('kh-report-form [part~="submit-button"]').click();
  await expect
    .poll(() => page.locator('#submitted').textContent(), { timeout: 30_000 })
    .toMatch(/^Đã nộp báo cáo \S+: submitted, phiên bản \d+\.$/);
  expect(errors).toEqual([]);
});
