// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../src/api.js';
import { launchBrowser, openSession, type Session } from '../src/browser.js';
import { reportForm as form, signIn } from '../src/portal.js';
import { type Stack, startStack } from '../src/stack.js';

/**
 * A six-monthly plan in the portal (issue 8, point 5): the demo plan imported again under another
 * id, reported on every six months (due 6 days after each half's cut-off window, as the server's
 * `sixMonthlyDemo` fixture). The health department's officer then owes the yearly demo report and
 * this plan's halves: the report page lists them, each linked by its period, and the link opens
 * the form on that half — not the yearly report, which the six-monthly plan has not. The
 * reviewer's desk on that half tracks who has filed it: its heading and due date are the half's.
 */
const HALF = 'e2e-six-monthly';
let stack: Stack;
let browser: Browser;
let reporter: Session;
/** The half year the reporter opened and saved a draft of (the last one the due list offers). */
let opened: { key: string; label: string } | undefined;

beforeAll(async () => {
  stack = await startStack();
  const admin = await apiAs(stack.baseUrl, 'admin');
  const [demo] = await admin.listPlans();
  const [plan, registry] = await Promise.all([
    admin.getPlan({ planId: demo!.id }),
    admin.getOrganizations({ planId: demo!.id }),
  ]);
  await admin.importPlan({
    plan: {
      ...plan,
      id: HALF,
      title: { vi: 'Kế hoạch báo cáo 6 tháng (e2e)', en: 'A six-monthly plan (e2e)' },
      reporting: { ...plan.reporting, frequency: 'six_monthly', due: { daysAfterWindow: 6 } },
    },
    registry,
  });
  browser = await launchBrowser();
  reporter = await openSession(browser, stack.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('a six-monthly report in the portal', () => {
  it('the due list links each report by its period, and opens the half year asked for', async () => {
    await signIn(reporter, 'reporter');
    const { page } = reporter;
    const links = page.locator('#due-section a[href*="plan=e2e-six-monthly"]');
    await links.first().waitFor({ timeout: 20_000 });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Every one of the six-monthly plan's rows asks for a half year, none for `year=`.
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/[?&]period=\d{4}-H[12](&|$)/);
    expect(hrefs.join(' ')).not.toContain('year=');
    // The period column names it as the regime does.
    const half = /period=(\d{4})-H([12])/.exec(hrefs.at(-1)!)!;
    const label = `6 tháng ${half[2] === '1' ? 'đầu' : 'cuối'} năm ${half[1]}`;
    const row = page.locator('#due-section tr').filter({ has: page.locator(`a[href="${hrefs.at(-1)}"]`) });
    expect(await row.innerText()).toContain(label);

    await links.last().click();
    await page.waitForURL(`**/report.html?plan=${HALF}&period=${half[1]}-H${half[2]}`);
    await form(page).locator('form[part~="base"]').waitFor({ timeout: 20_000 });
    expect(await form(page).locator('[part~="title"]').innerText()).toBe(
      `Báo cáo kết quả thực hiện ${label}`,
    );
    // The picker offers the plan's halves, the one open selected.
    expect(await page.locator('#year-select').getAttribute('name')).toBe('period');
    expect(await page.locator('#year-select').inputValue()).toBe(`${half[1]}-H${half[2]}`);

    // A draft saved there is that half's report.
    await form(page).locator('[name="difficulties"]').fill('Thiếu cán bộ (e2e)');
    await form(page).locator('[part~="save-button"]').click();
    await expect
      .poll(() => form(page).locator('[part~="actions"] [role="status"]').innerText())
      .toContain('Đã lưu lên máy chủ');
    const officer = await apiAs(stack.baseUrl, 'reporter');
    const mine = await officer.getMyReport({ planId: HALF, year: `${half[1]}-H${half[2]}` });
    expect(mine).toMatchObject({ period: `${half[1]}-H${half[2]}`, status: 'draft' });
    expect(mine.content.difficulties).toBe('Thiếu cán bộ (e2e)');
    opened = { key: `${half[1]}-H${half[2]}`, label };
    expect(reporter.problems.errors).toEqual([]);
    expect(reporter.problems.csp).toEqual([]);
  });

  it('the review desk on that half tracks who has filed it: heading, due date, the draft saved above', async () => {
    expect(opened, 'the first test opened a half year').toBeDefined();
    const { key, label } = opened!;
    const desk = await openSession(browser, stack.baseUrl);
    await signIn(desk, 'reviewer');
    await desk.page.goto(`/review.html?plan=${HALF}&period=${key}`);
    const tracker = desk.page.locator('kh-submission-tracker');
    await tracker.locator('[part~="countdown"]').waitFor({ timeout: 20_000 });
    expect(await tracker.locator('[part~="title"]').innerText()).toBe(`Tình hình nộp báo cáo ${label}`);
    const reviewerApi = await apiAs(stack.baseUrl, 'reviewer');
    const status = await reviewerApi.getSubmissions({ planId: HALF, year: key });
    expect(status.period).toBe(key);
    const due = status.dueDate!.split('-').reverse().join('/');
    expect(await tracker.locator('[part~="countdown"]').innerText()).toContain(`Hạn nộp: ${due}`);
    const health = tracker.locator('tbody tr').filter({ hasText: 'Sở Y tế tỉnh Lâm Đồng' });
    expect(await health.locator('[part~="status-draft"]').count()).toBe(1);
    expect(desk.problems.errors).toEqual([]);
    expect(desk.problems.csp).toEqual([]);
  });
});
