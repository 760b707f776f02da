// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  assessProgress,
  type KehoachClient,
  type Measure,
  type ProgressResponse,
  type Report,
  statusMessages,
} from '@kehoach/sdk';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../src/api.js';
import {
  applyWaivers,
  formatViolations,
  launchBrowser,
  openSession,
  runAxe,
  type Session,
} from '../src/browser.js';
import { signIn } from '../src/portal.js';
import { type Stack, startStack } from '../src/stack.js';

/**
 * The reviewer's desk (issue 10, point 3), against the real server in Chromium. Each step shows
 * one defect gone: the reviewer sees last year's value, the targets, the status the value gives
 * and the implausibility flag with the officer's explanation; pending reports come first; a return
 * carries a comment on one field; the resubmission shows what changed since the returned version;
 * accepting asks first and says it cannot be undone; the progress page shows a signed-in
 * reviewer the tasks' statuses. Screenshots go to test-results/screenshots/desk-*.png.
 */
const AGENCY = 'lam-dong.so-y-te';
const EXPLANATION = 'Năm nay rà soát lại danh sách, loại các trường hợp trùng (e2e).';
const FIELD_COMMENT = 'Giá trị giảm mạnh so với năm trước: đề nghị kiểm tra lại nguồn (e2e).';
const COMMENT = 'Đề nghị rà soát số liệu chỉ tiêu theo góp ý từng mục (e2e).';
const MISSING_NOTE = 'Chưa có kết quả điều tra năm nay (e2e).';
const SHOTS = join(import.meta.dirname, '..', 'test-results', 'screenshots');

let stack: Stack;
let browser: Browser;
let reviewer: Session;
let officer: KehoachClient;
let reviewerApi: KehoachClient;
let planId: string;
let year: number;
let measure: Measure;
let previous: number;
let implausibleValue: number;
let fixedValue: number;
let lastYear: ProgressResponse;
/** Another measure of the report, sent without a value and with the note saying why. */
let missingId: string;

const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
const unitSign = (m: Measure) =>
  ({ percent: '%', per_1000: '‰', per_100000: '/100.000', count: '' })[m.unit.kind];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack();
  browser = await launchBrowser();
  reviewer = await openSession(browser, stack.baseUrl);
  reviewerApi = await apiAs(stack.baseUrl, 'reviewer');
  officer = await apiAs(stack.baseUrl, 'reporter');
  const [plan] = await reviewerApi.listPlans();
  planId = plan!.id;
  year = Math.min(Math.max(new Date().getFullYear(), plan!.period.from), plan!.period.to);
  const [catalog, orgs] = await Promise.all([
    reviewerApi.getCatalog({ catalogId: plan!.catalogId }),
    reviewerApi.getOrganizations({ planId }),
  ]);
  const unitId = orgs.agencies.find((a) => a.id === AGENCY)?.unitId;
  lastYear = await reviewerApi.getProgress({ planId, year: year - 1, ...(unitId ? { unitId } : {}) });
  const mine = await officer.getMyReport({ planId, year });
  const measures = new Map(
    catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures)).map((m) => [m.id, m]),
  );
  // A measure of the officer's report with a value last year of at least 2 (so halving it is a
  // clear, in-bounds implausible move).
  for (const line of mine.content.measures) {
    if (line.unitId) continue;
    const prev = lastYear.measures
      .find((m) => m.measureId === line.measureId)
      ?.series.find((p) => p.year === year - 1);
    const m = measures.get(line.measureId);
    if (!m || !prev || prev.value < 2) continue;
    measure = m;
    previous = prev.value;
    break;
  }
  expect(measure, 'a measure with last year’s value').toBeTruthy();
  missingId = mine.content.measures.find((m) => !m.unitId && m.measureId !== measure.id)!.measureId;
  implausibleValue =
    measure.unit.kind === 'percent'
      ? Math.round((previous >= 50 ? previous - 20 : previous + 20) * 10) / 10
      : Math.round(previous * 5) / 10;
  fixedValue = Math.round(previous * 10) / 10;
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The officer sends the report with `value` for the chosen measure (and what else `edit` changes). */
async function officerSubmits(value: number, edit: (r: Report['content']) => void): Promise<Report> {
  const mine = await officer.getMyReport({ planId, year });
  const content = structuredClone(mine.content);
  const line = content.measures.find((m) => m.measureId === measure.id && !m.unitId)!;
  line.value = value;
  delete line.numerator;
  delete line.denominator;
  line.dataSource = line.dataSource || 'Sở Y tế (e2e)';
  edit(content);
  return officer.submitReport({ planId, year, content, version: mine.version });
}

const card = (): Locator => reviewer.page.locator(`article[data-agency="${AGENCY}"]`);
const entry = (): Locator => card().locator(`li.entry[data-path="measures/${measure.id}"]`);

/** A screenshot of `target`, or of the viewport (the cards are too tall for one picture). */
async function shot(name: string, target?: Locator): Promise<void> {
  const path = join(SHOTS, `desk-${name}.png`);
  if (target) await target.screenshot({ path });
  else await reviewer.page.screenshot({ path });
}

async function axeClean(): Promise<void> {
  const { open, waived } = applyWaivers(await runAxe(reviewer.page));
  if (waived.length) console.info(`axe waivers used on the review page: ${waived.join('; ')}`);
  expect(open, formatViolations(open)).toEqual([]);
}

describe("the reviewer's desk", () => {
  it('lists pending reports first, and shows each value with last year, targets, status and the flag', async () => {
    await officerSubmits(implausibleValue, (c) => {
      c.measures.find((m) => m.measureId === measure.id && !m.unitId)!.explanation = EXPLANATION;
      const missing = c.measures.find((m) => m.measureId === missingId && !m.unitId)!;
      Object.assign(missing, { value: null, note: MISSING_NOTE });
      delete missing.numerator;
      delete missing.denominator;
    });
    await signIn(reviewer, 'reviewer');
    await reviewer.page.waitForURL('**/review.html');
    await card().waitFor();
    await entry().waitFor();

    const statuses = await reviewer.page
      .locator('#reports article')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    const rank = { submitted: 0, returned: 1, draft: 1, accepted: 2 } as Record<string, number>;
    expect(statuses[0]).toBe('submitted');
    expect(statuses.map((s) => rank[s!])).toEqual([...statuses.map((s) => rank[s!])].sort());
    expect(statuses).toContain('accepted');

    const text = await entry().innerText();
    const sign = unitSign(measure);
    expect(text).toContain(`${vi(implausibleValue)}${sign}`);
    expect(text).toContain(`Năm trước (${year - 1})`);
    expect(text).toContain(`${vi(previous)}${sign}`);
    const level = measure.targets.find((t) => t.kind !== 'yearly_change');
    if (level) expect(text).toContain(`${level.year}: `);
    // The status the reported value gives, by the sdk's assessment of last year's series plus it.
    const series = lastYear.measures.find((m) => m.measureId === measure.id)!.series;
    const expected = assessProgress({
      measure,
      series: [...series.filter((p) => p.year < year), { year, value: implausibleValue }],
      year,
    });
    expect(text).toContain(statusMessages[expected.status].vi);
    expect(await entry().getAttribute('data-implausible')).toBe('true');
    expect(text).toContain('Biến động bất thường so với năm trước');
    expect(text).toContain(EXPLANATION);
    expect(text).toContain('Nguồn số liệu');
    // A measure without a value shows why, in the officer's words.
    const missing = await card().locator(`li.entry[data-path="measures/${missingId}"]`).innerText();
    expect(missing).toContain('không có số liệu');
    expect(missing).toContain('Lý do không có số liệu');
    expect(missing).toContain(MISSING_NOTE);
    await card().scrollIntoViewIfNeeded();
    await shot('1-pending');
    await shot('1-entry', entry());
    await axeClean();
  });

  it('returns with a comment attached to the value field', async () => {
    const { page } = reviewer;
    await entry().getByRole('button', { name: 'Góp ý mục này' }).click();
    await entry().getByLabel('Góp ý về').selectOption('value');
    await entry()
      .getByLabel(/Nội dung góp ý/)
      .fill(FIELD_COMMENT);
    await card().getByLabel('Ý kiến khi trả lại').fill(COMMENT);
    await shot('2-field-comment', entry());
    await axeClean();
    await card().getByRole('button', { name: 'Trả lại kèm ý kiến' }).click();
    await expect.poll(() => page.locator('#review-status').innerText()).toContain('Đã trả lại');
    const r = (await reviewerApi.listReports({ planId, year })).find((x) => x.agencyId === AGENCY)!;
    expect(r.status).toBe('returned');
    expect(r.events.at(-1)).toMatchObject({
      type: 'returned',
      comment: COMMENT,
      fields: [{ path: `measures/${measure.id}/value`, comment: FIELD_COMMENT }],
    });
    // The officer's own read of the report carries it, for the form to show beside the field.
    expect((await officer.getMyReport({ planId, year })).events.at(-1)?.fields).toEqual(
      r.events.at(-1)?.fields,
    );
  });

  it('after the officer corrects the value and resubmits, shows what changed since the returned version', async () => {
    await officerSubmits(fixedValue, (c) => {
      c.measures.find((m) => m.measureId === measure.id && !m.unitId)!.explanation = '';
      c.difficulties = 'Đã rà soát lại nguồn số liệu theo ý kiến thẩm định (e2e).';
    });
    const { page } = reviewer;
    await page.reload();
    await entry().waitFor();
    const changes = card().locator('section.changes');
    await changes.waitFor();
    const valueChange = changes.locator(`li[data-path="measures/${measure.id}/value"]`);
    const sign = unitSign(measure);
    await expect.poll(() => valueChange.innerText()).toContain(`${vi(implausibleValue)}${sign}`);
    expect(await valueChange.locator('del').innerText()).toContain(`${vi(implausibleValue)}${sign}`);
    expect(await valueChange.locator('ins').innerText()).toContain(`${vi(fixedValue)}${sign}`);
    expect(await changes.locator('li[data-path="difficulties"]').count()).toBe(1);
    expect(await changes.locator(`li[data-path="measures/${measure.id}/explanation"]`).innerText()).toContain(
      EXPLANATION,
    );
    // The field comment of the return stays beside the measure it was on.
    expect(await entry().locator('.earlier-comment').innerText()).toContain(FIELD_COMMENT);
    expect(await entry().getAttribute('data-implausible')).toBeNull();
    await shot('3-changes', changes);
    await shot('3-entry', entry());
    await shot('3-actions', card().locator('.review-actions'));
    const size = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('3-phone-changes', changes);
    await shot('3-phone-entry', entry());
    await shot('3-phone-actions', card().locator('.review-actions'));
    if (size) await page.setViewportSize(size);
    await axeClean();
  });

  it('accepts only after a confirmation that says it cannot be undone; Escape cancels', async () => {
    const { page } = reviewer;
    const accept = card().getByRole('button', { name: 'Chấp nhận báo cáo' });
    await accept.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('không thể hoàn tác');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    await shot('4-confirm');
    await axeClean();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('accept');
    let r = (await reviewerApi.listReports({ planId, year })).find((x) => x.agencyId === AGENCY)!;
    expect(r.status).toBe('submitted');

    // With the keyboard: Enter on the focused accept button opens it again, Tab reaches confirm.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Chấp nhận, không thể hoàn tác',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#review-status').innerText()).toContain('Đã chấp nhận');
    r = (await reviewerApi.listReports({ planId, year })).find((x) => x.agencyId === AGENCY)!;
    expect(r.status).toBe('accepted');
    expect(reviewer.problems.csp).toEqual([]);
    expect(reviewer.problems.errors).toEqual([]);
  });

  it('the progress page shows task statuses to a signed-in reviewer, and asks the public to sign in', async () => {
    const { page } = reviewer;
    await page.goto(`/?year=${year}`);
    const tracker = page.locator('#tasks [part~="base"]');
    await tracker.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => tracker.innerText(), { timeout: 20_000 })
      .toMatch(/Đang thực hiện|Hoàn thành|Chưa triển khai/);
    expect(await tracker.innerText()).not.toContain('Cần đăng nhập');

    const pub = await openSession(browser, stack.baseUrl);
    try {
      await pub.page.goto(`/?year=${year}`);
      const anon = pub.page.locator('#tasks [part~="base"]');
      await anon.waitFor({ timeout: 20_000 });
      await expect.poll(() => anon.innerText(), { timeout: 20_000 }).toContain('Cần đăng nhập');
    } finally {
      await pub.context.close();
    }
  });
});
