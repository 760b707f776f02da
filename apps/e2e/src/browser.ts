import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared';

const require = createRequire(import.meta.url);

/** Debian's Chromium (or CHROME_PATH); never a browser download. */
export const chromePath = chromiumPath;

export function launchBrowser(): Promise<Browser> {
  // playwright-core starts Chromium with a fresh temporary --user-data-dir and removes it on close.
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--headless', ...chromiumArgs],
  });
}

/** What went wrong in a page that the page itself did not show: CSP refusals, script errors. */
export interface PageProblems {
  csp: string[];
  errors: string[];
  console: string[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * A fresh context (own storage: sessionStorage, localStorage) with one page, recording CSP
 * violations, uncaught errors and console errors.
 */
export async function openSession(
  browser: Browser,
  baseURL: string,
  options: { width?: number; height?: number } = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  const problems: PageProblems = { csp: [], errors: [], console: [] };
  await context.exposeBinding('__khCspViolation', (_src, text: string) => {
    problems.csp.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __khCspViolation(t: string): void }).__khCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
  });
  return { context, page, problems };
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (WCAG 2.0/2.1/2.2 A and AA rules). The script is evaluated through
 * the DevTools protocol, which the page's CSP does not govern, so the page keeps its policy.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(`${axeSource}\n;undefined`);
  return (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return r.violations;
  })) as AxeViolation[];
}

/**
 * Violations that belong to a widget, reported to its owner, waived here so that the portal's own
 * checks stay green meanwhile. Each names the rule, where it is and why; remove it once fixed (the
 * run says when a waiver no longer matches anything).
 */
export const WAIVERS: { rule: string; target: RegExp; why: string }[] = [];

/** Splits violations into those waived (see {@link WAIVERS}) and the rest. */
export function applyWaivers(violations: AxeViolation[]): { open: AxeViolation[]; waived: string[] } {
  const waived: string[] = [];
  const open: AxeViolation[] = [];
  for (const v of violations) {
    const w = WAIVERS.find((x) => x.rule === v.id);
    const nodes = w ? v.nodes.filter((n) => !w.target.test(JSON.stringify(n.target))) : v.nodes;
    if (w && nodes.length < v.nodes.length) waived.push(`${v.id}: ${w.why}`);
    if (nodes.length) open.push({ ...v, nodes });
  }
  return { open, waived };
}

/** One line per violation and node, for assertion messages. */
export function formatViolations(v: AxeViolation[]): string {
  return v
    .flatMap((x) =>
      x.nodes.map(
        (n) => `${x.id} (${x.impact}): ${x.help} — ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`,
      ),
    )
    .join('\n');
}
