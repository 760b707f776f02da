// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
import { readFile } from 'node:fs/promises';
import { type KehoachClient, type Report, statusMessages } from '@kehoach/sdk';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../src/api.js';
import { launchBrowser, openSession, type Session } from '../src/browser.js';
import { docxText, xlsxValues } from '../src/office.js';
import { completeForSubmit, reportForm as form, signIn } from '../src/portal.js';
import { type Stack, startStack } from '../src/stack.js';

/**
 * A yearly report's whole life through the portal, in Chromium, against the real server:
 * a reporting officer fills, saves, reloads, submits through a network cut (one report, one
 * submission), the reviewer returns it with a comment, the officer resubmits, the reviewer
 * accepts; the public dashboard and both exports then show the new value.
 */
const AGENCY = 'lam-dong.so-y-te';
const VALUE = 87.6;
const VALUE_VI = '87,6';
const [NUMERATOR, DENOMINATOR] = ['876', '1000'];
const COMMENT = 'Đề nghị bổ sung nguồn số liệu cho chỉ tiêu và kết quả nhiệm vụ (e2e).';

let stack: Stack;
let browser: Browser;
let reporter: Session;
let reviewer: Session;
let reviewerApi: KehoachClient;
let planId: string;
let year: number;
let measureId: string;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
  reporter = await openSession(browser, stack.baseUrl);
  reviewer = await openSession(browser, stack.baseUrl);
  reviewerApi = await apiAs(stack.baseUrl, 'reviewer');
  const [plan] = await reviewerApi.listPlans();
  planId = plan!.id;
  year = Math.min(Math.max(new Date().getFullYear(), plan!.period.from), plan!.period.to);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const field = (page: Page, path: string): Locator => form(page).locator(`[name="${path}"]`);

async function formReady(page: Page): Promise<void> {
  await form(page).locator('form[part~="base"]').waitFor({ timeout: 20_000 });
}

async function reportsOfAgency(): Promise<Report[]> {
  return (await reviewerApi.listReports({ planId, year })).filter((r) => r.agencyId === AGENCY);
}

const count = (r: Report, type: string) => r.events.filter((e) => e.type === type).length;

describe('a yearly report from draft to the public dashboard', () => {
  it('the reporting officer signs in and sees the report form', async () => {
    await signIn(reporter, 'reporter');
    await reporter.page.waitForURL('**/report.html');
    await formReady(reporter.page);
    expect(await field(reporter.page, 'measures.0.value').count()).toBe(1);
  });

  it('an invalid value shows an error in Vietnamese; fixing it clears the error', async () => {
    const { page } = reporter;
    // A rate's value is derived from its numerator and denominator (read-only while both are
    // there): clear the parts the demo draft has, so that the value itself is typed.
    if ((await field(page, 'measures.0.numerator').count()) > 0) {
      await field(page, 'measures.0.numerator').fill('');
      await field(page, 'measures.0.denominator').fill('');
    }
    const input = field(page, 'measures.0.value');
    await input.fill('abc');
    await input.press('Tab');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const error = form(page).locator('[part~="field-error"]').first();
    const text = await error.innerText();
    expect(text).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    await input.fill(VALUE_VI);
    await input.press('Tab');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
  });

  it('saves a draft on the server and finds it after a reload', async () => {
    const { page } = reporter;
    await form(page).locator('[part~="save-button"]').click();
    await expect
      .poll(() => form(page).locator('[part~="actions"] [role="status"]').innerText())
      .toContain('Đã lưu lên máy chủ');
    const officer = await apiAs(stack.baseUrl, 'reporter');
    const mine = await officer.getMyReport({ planId, year });
    expect(mine.status).toBe('draft');
    const saved = mine.content.measures.find((m) => m.value === VALUE);
    expect(saved, JSON.stringify(mine.content.measures)).toBeTruthy();
    measureId = saved!.measureId;
    await page.reload();
    await formReady(page);
    await expect.poll(() => field(page, 'measures.0.value').inputValue()).toBe(VALUE_VI);
  });

  it('submits through a network cut: one report, one submission', async () => {
    const { page, context } = reporter;
    // Complete what a submission requires: every task's status, a value or a note for every measure.
    await completeForSubmit(page, 'measures.0.');
    await field(page, 'measures.0.dataSource').fill('Sở Y tế, số liệu thống kê (e2e)');
    // A rate goes with its numerator and denominator, so that the province can sum them.
    if ((await field(page, 'measures.0.numerator').count()) > 0) {
      await field(page, 'measures.0.numerator').fill(NUMERATOR);
      await field(page, 'measures.0.denominator').fill(DENOMINATOR);
    }

    // The first attempt reaches the server but its answer is lost; the client's own retries find
    // no network. The officer then presses "try again" once the network is back.
    let attempts = 0;
    const pattern = '**/api/v1/plans/*/reports/*/mine/submit';
    await context.route(pattern, async (route) => {
      attempts++;
      if (attempts === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.abort('internetdisconnected');
    });
    await form(page).locator('[part~="submit-button"]').click();
    const message = form(page).locator('[part~="message"]');
    await expect.poll(() => message.getAttribute('role'), { timeout: 30_000 }).toBe('alert');
    expect(attempts).toBeGreaterThanOrEqual(2);
    await context.unroute(pattern);
    await message.locator('button').click();
    await expect.poll(() => message.innerText(), { timeout: 20_000 }).toContain('Đã nộp báo cáo');

    const reports = await reportsOfAgency();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.status).toBe('submitted');
    expect(count(reports[0]!, 'submitted')).toBe(1);
  });

  it('the reviewer returns it with a comment', async () => {
    await signIn(reviewer, 'reviewer');
    await reviewer.page.waitForURL('**/review.html');
    const { page } = reviewer;
    const card = page.locator(`article[data-agency="${AGENCY}"]`);
    await card.waitFor();
    await card.getByLabel('Ý kiến khi trả lại').fill(COMMENT);
    await card.getByRole('button', { name: 'Trả lại kèm ý kiến' }).click();
    await expect.poll(() => page.locator('#review-status').innerText()).toContain('Đã trả lại');
    const [r] = await reportsOfAgency();
    expect(r!.status).toBe('returned');
    expect(r!.events.at(-1)?.comment).toBe(COMMENT);
  });

  it('the officer sees the comment and resubmits', async () => {
    const { page } = reporter;
    await page.reload();
    await formReady(page);
    await expect.poll(() => form(page).locator('[part~="comments"]').innerText()).toContain(COMMENT);
    await field(page, 'difficulties').fill('Đã bổ sung nguồn số liệu theo ý kiến thẩm định.');
    await form(page).locator('[part~="submit-button"]').click();
    await expect
      .poll(() => form(page).locator('[part~="message"]').innerText(), { timeout: 20_000 })
      .toContain('Đã nộp báo cáo');
    const reports = await reportsOfAgency();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.status).toBe('submitted');
    expect(count(reports[0]!, 'submitted')).toBe(2);
  });

  it('the reviewer accepts it', async () => {
    const { page } = reviewer;
    await page.reload();
    const card = page.locator(`article[data-agency="${AGENCY}"]`);
    await card.getByRole('button', { name: 'Chấp nhận báo cáo' }).click();
    // Accepting cannot be undone: the page asks first.
    await page.getByRole('dialog').getByRole('button', { name: 'Chấp nhận, không thể hoàn tác' }).click();
    await expect.poll(() => page.locator('#review-status').innerText()).toContain('Đã chấp nhận');
    const [r] = await reportsOfAgency();
    expect(r!.status).toBe('accepted');
    expect(count(r!, 'accepted')).toBe(1);
  });

  it('the public dashboard shows the new value and its status', async () => {
    const pub = await openSession(browser, stack.baseUrl);
    try {
      const progress = await reviewerApi.getProgress({ planId, year });
      const mp = progress.measures.find((m) => m.measureId === measureId);
      expect(mp?.series.at(-1)?.year).toBe(year);
      expect(mp?.series.at(-1)?.value).toBeCloseTo(VALUE, 6);
      const status = statusMessages[mp!.assessment.status].vi;
      const catalog = await reviewerApi.getCatalog({
        catalogId: (await reviewerApi.listPlans())[0]!.catalogId,
      });
      const measure = catalog.objectives
        .flatMap((o) => o.indicators.flatMap((i) => i.measures))
        .find((m) => m.id === measureId)!;

      await pub.page.goto(`/?year=${year}`);
      const dashboard = pub.page.locator('kh-progress-dashboard');
      const row = dashboard.locator('tr').filter({ hasText: measure.title.vi });
      await row.first().waitFor({ timeout: 20_000 });
      await expect.poll(() => row.first().innerText()).toContain(VALUE_VI);
      expect(await row.first().innerText()).toContain(status);

      // Choosing the measure opens its card with the same value.
      await row.first().locator('[part~="measure-button"]').click();
      const detail = pub.page.locator('#detail');
      await detail.waitFor({ state: 'visible' });
      await expect
        .poll(() => pub.page.locator('kh-indicator-card [part~="base"]').innerText(), { timeout: 15_000 })
        .toContain(VALUE_VI);
      expect(pub.problems.csp).toEqual([]);
    } finally {
      await pub.context.close();
    }
  });

  it('the xlsx and docx exports contain the value', async () => {
    const { page } = reviewer;
    const download = async (format: 'xlsx' | 'docx') => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`button[data-export="${format}"]`).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      return readFile((await file.path())!);
    };
    const xlsx = await xlsxValues(await download('xlsx'));
    const inXlsx =
      xlsx.numbers.some((n) => Math.abs(n - VALUE) < 1e-9 || Math.abs(n - VALUE / 100) < 1e-9) ||
      xlsx.texts.some((t) => t.includes(VALUE_VI) || t.includes(String(VALUE)));
    expect(inXlsx, `xlsx numbers: ${xlsx.numbers.slice(0, 50).join(', ')}`).toBe(true);
    const docx = await docxText(await download('docx'));
    expect(docx.includes(VALUE_VI) || docx.includes(String(VALUE)), docx.slice(0, 2000)).toBe(true);
    expect(reviewer.problems.csp).toEqual([]);
    expect(reporter.problems.csp).toEqual([]);
  });
});
