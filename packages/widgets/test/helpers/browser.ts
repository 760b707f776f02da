/**
 * Debian's Chromium on a page of scripts/serve-files.ts, recording what a strict page would
 * break silently: console errors, uncaught exceptions, failed requests and CSP violations. The
 * violation probe is injected by the browser, not the page, so the page stays as a portal
 * would serve it and its own CSP cannot block the probe.
 */
import { type Browser, type Page, chromium as pw } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../vitest.shared';

export interface Tab {
  page: Page;
  /** Console errors, page errors, failed requests and HTTP errors, as text. */
  errors: string[];
  /** CSP violations so far: `<directive> <blocked URI>`. */
  violations(): Promise<string[]>;
}

export interface Chromium {
  open(url: string, viewport?: { width: number; height: number }): Promise<Tab>;
  close(): Promise<void>;
}

export async function launch(): Promise<Chromium> {
  const browser: Browser = await pw.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  return {
    async open(url, viewport = { width: 1024, height: 900 }) {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
      await page.goto(url);
      return {
        page,
        errors,
        violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      };
    },
    close: () => browser.close(),
  };
}
