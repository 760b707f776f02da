import type { Locator, Page } from 'playwright-core';
import { DEMO } from './api.js';
import type { Session } from './browser.js';

/**
 * Signs a demo account in through the portal's sign-in page and waits for the page it is sent
 * to. Fields by id, so that it works whatever language the tab last chose.
 */
export async function signIn(s: Session, who: keyof typeof DEMO): Promise<void> {
  await s.page.goto('/login.html');
  await s.page.locator('#username').fill(DEMO[who].username);
  await s.page.locator('#password').fill(DEMO[who].password);
  await s.page.locator('#login-submit').click();
  await s.page.waitForURL(/\/(report|review)\.html/);
}

export const reportForm = (page: Page): Locator => page.locator('kh-report-form');

/**
 * Completes what a submission requires: every task's status, and a note for every measure left
 * blank — except the measure row `keep` (`measures.<i>.`), which the test fills itself.
 */
export async function completeForSubmit(page: Page, keep: string): Promise<void> {
  const form = reportForm(page);
  const selects = form.locator('select[name^="tasks."][name$=".status"]');
  for (let i = 0, n = await selects.count(); i < n; i++) await selects.nth(i).selectOption('in_progress');
  const values = form.locator('input[name^="measures."][name$=".value"]');
  for (let i = 0, n = await values.count(); i < n; i++) {
    const name = (await values.nth(i).getAttribute('name'))!;
    if (name !== `${keep}value` && (await values.nth(i).inputValue()) === '')
      await form.locator(`[name="${name.replace(/value$/, 'note')}"]`).fill('Chưa có số liệu năm nay.');
  }
}
