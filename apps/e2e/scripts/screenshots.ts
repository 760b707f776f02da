/**
 * PNG screenshots of every portal page in Vietnamese and English (desktop), and of the progress
 * and report pages at phone width, against a fresh server with one submitted report so that the
 * review page shows its actions. Output: apps/e2e/test-results/screenshots/.
 *
 *   pnpm --filter @kehoach/e2e screenshots
 */
import { mkdirSync } from 'node:fs';
import { apiAs, DEMO } from '../src/api.js';
import { launchBrowser, openSession } from '../src/browser.js';
import { completeContent } from '../src/fixtures.js';
import { e2eDir } from '../src/paths.js';
import { startStack } from '../src/stack.js';

const out = `${e2eDir}/test-results/screenshots`;
mkdirSync(out, { recursive: true });
const stack = await startStack();
const browser = await launchBrowser();
try {
  const officer = await apiAs(stack.baseUrl, 'reporter');
  const [plan] = await officer.listPlans();
  const year = Math.min(Math.max(new Date().getFullYear(), plan!.period.from), plan!.period.to);
  const content = await completeContent(officer, plan!.id, year, {
    value: 87.6,
    numerator: 876,
    denominator: 1000,
  });
  // The server may ask for the report's current version (If-Match) even on a first submission.
  const mine = await officer.getMyReport({ planId: plan!.id, year }).catch(() => null);
  await officer.submitReport({ planId: plan!.id, year, content, ...(mine ? { version: mine.version } : {}) });

  const shots: { name: string; path: string; who?: keyof typeof DEMO; width?: number }[] = [
    { name: 'progress', path: '/' },
    { name: 'login', path: '/login.html' },
    { name: 'report', path: '/report.html', who: 'reporter' },
    { name: 'review', path: '/review.html', who: 'reviewer' },
  ];
  const all = [
    ...shots.flatMap((s) => (['vi', 'en'] as const).map((lang) => ({ ...s, lang }))),
    { name: 'progress-phone', path: '/', lang: 'vi' as const, width: 390 },
    { name: 'report-phone', path: '/report.html', who: 'reporter' as const, lang: 'vi' as const, width: 390 },
  ];
  for (const s of all) {
    const session = await openSession(browser, stack.baseUrl, { width: s.width ?? 1280, height: 900 });
    const { page } = session;
    if (s.who) {
      await page.goto('/login.html');
      await page.locator('#username').fill(DEMO[s.who].username);
      await page.locator('#password').fill(DEMO[s.who].password);
      await page.locator('#login-submit').click();
      await page.waitForURL(/\/(report|review)\.html/);
    }
    await page.goto(`${s.path}?lang=${s.lang}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const file = `${out}/${s.name}-${s.lang}.png`;
    await page.screenshot({ path: file, fullPage: true });
    // Tall pages also in 1400-pixel slices, easier to look at than one long image.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const width = s.width ?? 1280;
    for (let y = 0, i = 1; y < height && height > 1600 && i <= 8; y += 1400, i++)
      await page.screenshot({
        path: `${out}/${s.name}-${s.lang}.part${i}.png`,
        fullPage: true,
        clip: { x: 0, y, width, height: Math.min(1400, height - y) },
      });
    console.log(file, session.problems.csp.length ? `CSP: ${session.problems.csp.join('; ')}` : '');
    await session.context.close();
  }
} finally {
  await browser.close();
  await stack.stop();
}
