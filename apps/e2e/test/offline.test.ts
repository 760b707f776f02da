// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyWaivers,
  formatViolations,
  launchBrowser,
  openSession,
  runAxe,
  type Session,
} from '../src/browser.js';
import { startFront } from '../src/front.js';
import { portalOfflineDist, repoRoot } from '../src/paths.js';
import { signIn } from '../src/portal.js';
import { freePort } from '../src/stack.js';

/**
 * The portal's offline demo (`pnpm --filter @kehoach/portal build:offline`) on a plain static file
 * server — no API server at all — under `Content-Security-Policy: default-src 'self'`: msw's
 * service worker and the @kehoach/mocks handlers answer every API call in the browser, and every
 * page says it shows illustrative data.
 */
let browser: Browser;
let front: Server;
let baseUrl: string;
/** `/api/*` requests that reached the static server (none should: the mocks answer them). */
const apiHits: string[] = [];

beforeAll(async () => {
  execFileSync('pnpm', ['--filter', '@kehoach/portal', 'build:offline'], { cwd: repoRoot, stdio: 'pipe' });
  const port = await freePort();
  front = await startFront(portalOfflineDist, null, port, apiHits);
  baseUrl = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (front ? front.close(() => r()) : r()));
});

function clean(s: Session): void {
  expect(s.problems.csp, 'CSP violations').toEqual([]);
  expect(s.problems.errors, 'page errors').toEqual([]);
  expect(apiHits, 'API requests that reached the static server').toEqual([]);
}

describe('offline demo (static files, no server)', () => {
  it('is a static build with the mock service worker and a strict CSP', async () => {
    const html = readFileSync(`${portalOfflineDist}/index.html`, 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const sw = await fetch(`${baseUrl}/mockServiceWorker.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await sw.text()).toContain('INTEGRITY_CHECKSUM');
  });

  it('progress page: demo data from the mocks, labelled as offline illustrative data', async () => {
    const s = await openSession(browser, baseUrl);
    try {
      const { page } = s;
      await page.goto('/');
      const notice = page.locator('#offline-notice');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain('Chế độ ngoại tuyến — dữ liệu minh họa');
      // The dashboard renders the demo plan's measures from the mock API.
      const table = page.locator('kh-progress-dashboard table');
      await table.first().waitFor({ timeout: 20_000 });
      expect(await page.locator('kh-progress-dashboard [part~="illustrative"]').count()).toBeGreaterThan(0);
      expect(await page.locator('kh-progress-dashboard tbody tr').count()).toBeGreaterThan(10);
      await page.locator('kh-task-tracker table').first().waitFor({ timeout: 20_000 });
      // English too.
      await page.goto('/?lang=en');
      await expect.poll(() => notice.innerText()).toContain('Offline mode — illustrative data');
      await table.first().waitFor({ timeout: 20_000 });
      const { open } = applyWaivers(await runAxe(page));
      expect(open, formatViolations(open)).toEqual([]);
      clean(s);
    } finally {
      await s.context.close();
    }
  });

  it('signs in with a demo account and opens the report form', async () => {
    const s = await openSession(browser, baseUrl);
    try {
      const { page } = s;
      await page.goto('/login.html');
      // The demo accounts are shown open offline.
      await expect.poll(() => page.locator('details.demo-accounts').getAttribute('open')).not.toBeNull();
      await signIn(s, 'reporter');
      expect(page.url()).toMatch(/\/report\.html$/);
      await page.locator('kh-report-form form').waitFor({ timeout: 20_000 });
      expect(await page.locator('kh-report-form [part~="error"]').count()).toBe(0);
      expect(await page.locator('#account-name').innerText()).toContain('minh họa');
      expect(await page.locator('#offline-notice').isVisible()).toBe(true);
      clean(s);
    } finally {
      await s.context.close();
    }
  });

  it('reviewer returns one report and accepts another; the tab keeps them across pages', async () => {
    const s = await openSession(browser, baseUrl);
    try {
      const { page } = s;
      await signIn(s, 'reviewer');
      const submitted = page.locator('article.report-card[data-status="submitted"]');
      await submitted.first().waitFor({ timeout: 20_000 });
      expect(await submitted.count()).toBe(2);
      const first = submitted.first();
      const firstId = await first.getAttribute('id');
      await first.locator('textarea[name="comment"]').fill('Đề nghị bổ sung nguồn số liệu.');
      await first.locator('[data-action="return"]').click();
      await expect.poll(() => page.locator('#review-status').innerText()).toContain('Đã trả lại');
      await expect.poll(() => page.locator(`#${firstId}`).getAttribute('data-status')).toBe('returned');
      const second = page.locator('article.report-card[data-status="submitted"]').first();
      const secondId = await second.getAttribute('id');
      await second.locator('[data-action="accept"]').click();
      // Accepting cannot be undone: the page asks first.
      await page.getByRole('dialog').getByRole('button', { name: 'Chấp nhận, không thể hoàn tác' }).click();
      await expect.poll(() => page.locator(`#${secondId}`).getAttribute('data-status')).toBe('accepted');
      // Kept for this tab: a reload finds the same statuses.
      await page.reload();
      await page.locator(`#${secondId}`).waitFor({ timeout: 20_000 });
      expect(await page.locator(`#${firstId}`).getAttribute('data-status')).toBe('returned');
      expect(await page.locator(`#${secondId}`).getAttribute('data-status')).toBe('accepted');
      await page.locator('kh-submission-tracker [part~="countdown"]').waitFor({ timeout: 20_000 });
      clean(s);
    } finally {
      await s.context.close();
    }
  });
});
