// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * Issue 8, "Done when": every bundle shipped in `packages/plans/bundles` runs end to end, the
 * way an operator adopts it — validated and imported with the `kehoach` command into an empty
 * database, accounts imported, the server started on it; then through the API a report written,
 * submitted and accepted, the progress assessed, both exports written; and in Chromium the
 * dashboard rendered from the server and from a JSON snapshot of the server's answers (axe clean).
 * A bundle added to the folder is covered without touching this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiError,
  catalogMeasures,
  createClient,
  currentReportPeriods,
  type KehoachClient,
  type OrganizationRegistry,
  type Plan,
  periodLabel,
  planCatalog,
  reportObligations,
  reportReferenceDate,
  reviewingAgencyId,
} from '@kehoach/sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openSession, runAxe } from '../src/browser.js';
import { completeContent } from '../src/fixtures.js';
import { docxText, xlsxValues } from '../src/office.js';
import { repoRoot } from '../src/paths.js';
import { type Stack, startStack } from '../src/stack.js';

const bundlesDir = join(repoRoot, 'packages/plans/bundles');
const names = readdirSync(bundlesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Shipped {
  name: string;
  dir: string;
  plan: Plan;
  registry: OrganizationRegistry;
  /** The year reported on: this year, within the plan's period. */
  year: number;
  /**
   * The period reported on: the last of this year's periods the plan's cadence has (`2026`,
   * `2026-H2`, `2026-Q4`), the one whose accepted figures become the year's values.
   */
  period: string;
  reporter: { username: string; agencyId: string };
  reviewer: { username: string; agencyId: string };
}

const read = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

const shipped: Shipped[] = names.map((name) => {
  const dir = join(bundlesDir, name);
  const plan = read<Plan>(dir, 'plan.json');
  const registry = read<OrganizationRegistry>(dir, 'registry.json');
  const year = Math.min(Math.max(new Date().getFullYear(), plan.period.from), plan.period.to);
  const period = currentReportPeriods(plan, new Date())
    .filter((p) => p.startsWith(String(year)))
    .at(-1);
  if (period === undefined) throw new Error(`bundle ${name}: no period of ${year} to report on`);
  // The reporter: the first agency owing a report that answers for a measure (else the first).
  const owing = reportObligations(plan, registry, reportReferenceDate(plan, year)).owing;
  if (owing.length === 0) throw new Error(`bundle ${name}: nobody owes a report, nothing to run end to end`);
  const measured = new Set(
    (plan.assignments ?? []).filter((a) => a.measureLinks.length > 0).map((a) => a.id),
  );
  const reporter = owing.find((o) => o.assignedAs.some((x) => measured.has(x.assignmentId))) ?? owing[0]!;
  const short = name.replace(/[^a-z0-9]+/g, '');
  return {
    name,
    dir,
    plan,
    registry,
    year,
    period,
    reporter: { username: `${short}.bc`, agencyId: reporter.agencyId },
    reviewer: { username: `${short}.th`, agencyId: reviewingAgencyId(plan, registry, year) },
  };
});

const work = mkdtempSync(join(tmpdir(), 'kehoach-bundles-'));
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  DATABASE_URL: `file:${join(work, 'kehoach.sqlite')}`,
};
const cli = join(repoRoot, 'apps/cli/dist/main.js');

function kehoach(...args: string[]): string {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, env, encoding: 'utf8' });
  expect(r.status, `kehoach ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

let stack: Stack | undefined;
let browser: Browser | undefined;
const passwords = new Map<string, string>();

beforeAll(async () => {
  for (const b of shipped) {
    kehoach('plan', 'validate', b.dir);
    kehoach('plan', 'import', b.dir);
  }
  const rows = shipped.flatMap((b) => [
    `${b.reporter.username},Cán bộ báo cáo ${b.name} (minh họa),reporter,${b.reporter.agencyId},`,
    `${b.reviewer.username},Cán bộ tổng hợp ${b.name} (minh họa),reviewer,${b.reviewer.agencyId},`,
  ]);
  writeFileSync(join(work, 'users.csv'), ['username,name,role,agency,email', ...rows, ''].join('\n'));
  kehoach('users', 'import', join(work, 'users.csv'), '--passwords', join(work, 'passwords.csv'));
  for (const line of readFileSync(join(work, 'passwords.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [username, password] = line.split(',');
    passwords.set(username!, password!);
  }
  stack = await startStack({ databaseUrl: env.DATABASE_URL! });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** An API refusal with the fields it names, so that a failure says which rule a bundle broke. */
function explained(e: unknown): never {
  if (e instanceof ApiError) throw new Error(`${e.message}: ${JSON.stringify(e.fieldErrors)}`);
  throw e;
}

async function signedIn(username: string): Promise<KehoachClient> {
  const api = createClient({ baseUrl: stack!.baseUrl, retries: 0 });
  await api.login({ username, password: passwords.get(username)! });
  return api;
}

it('ships Đắk Nông and bundles of other shapes', () => {
  expect(names).toContain('dak-nong-2021');
  expect(new Set(shipped.map((b) => b.plan.id)).size).toBe(shipped.length);
});

describe.each(shipped)('bundle $name, end to end', (b) => {
  const planId = b.plan.id;

  it('is served with every other shipped plan', async () => {
    const api = createClient({ baseUrl: stack!.baseUrl, retries: 0 });
    const plans = await api.listPlans();
    expect(plans.map((p) => p.id)).toContain(planId);
  });

  it('takes a report from its first owing agency, which its reviewer accepts', async () => {
    const reporter = await signedIn(b.reporter.username);
    const content = await completeContent(reporter, planId, b.period as never, {
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    // A measure broken down by category gets a row for its first category too (1 of 1, within
    // its total's 1 of 2), as the report form asks for the categories a measure declares.
    const catalog = planCatalog(b.plan, await reporter.getCatalog({ catalogId: b.plan.catalogId }));
    const first = content.measures[0];
    const split = catalogMeasures(catalog).find((m) => m.id === first?.measureId)?.disaggregation;
    const dimension = catalog.dimensions?.find((d) => d.id === split?.dimensions[0]);
    if (first && dimension)
      content.measures.push({
        ...first,
        categories: { [dimension.id]: dimension.categories[0]!.id },
        value: 100,
        numerator: 1,
        denominator: 1,
      });
    // A new report has no version yet: the first save creates it.
    const saved = await reporter.saveDraft({ planId, year: b.period, content }).catch(explained);
    expect(saved.report.period).toBe(b.period);
    const submitted = await reporter
      .submitReport({ planId, year: b.period, content, version: saved.version })
      .catch(explained);
    expect(submitted.status).toBe('submitted');
    const reviewer = await signedIn(b.reviewer.username);
    const listed = await reviewer.listReports({ planId, year: b.period });
    expect(listed.map((r) => r.agencyId)).toContain(b.reporter.agencyId);
    const accepted = await reviewer.acceptReport({ reportId: submitted.id });
    expect(accepted.status).toBe('accepted');
  });

  it('is assessed: every measure of its catalog and of its own has a progress entry, with its figure', async () => {
    const api = createClient({ baseUrl: stack!.baseUrl, retries: 0 });
    const catalog = planCatalog(b.plan, await api.getCatalog({ catalogId: b.plan.catalogId }));
    const progress = await api.getProgress({ planId, year: b.year });
    const ids = catalogMeasures(catalog).map((m) => m.id);
    expect(progress.measures.map((m) => m.measureId).sort()).toEqual([...ids].sort());
    // The accepted report's figure is the year's value (its period closes the year).
    const reported = progress.measures.filter((m) => m.series.some((p) => p.year === b.year));
    expect(reported.length).toBeGreaterThan(0);
    for (const m of progress.measures) expect(m.targets?.targets).toEqual(expect.any(Array));
  });

  it('exports the consolidated report, framed by its own plan', async () => {
    const reviewer = await signedIn(b.reviewer.username);
    const download = async (format: 'docx' | 'xlsx') =>
      Buffer.from(await (await reviewer.exportReport({ planId, year: b.period, format })).blob.arrayBuffer());
    // The plan is cited by its kind and its title, lower-cased after the kind ("Kết quả thực hiện Kế hoạch triển khai …").
    const docx = await docxText(await download('docx'));
    expect(docx.toLowerCase()).toContain(b.plan.title.vi.toLowerCase());
    const issuer = b.registry.agencies.find((a) => a.id === b.reviewer.agencyId)!;
    expect(docx.toUpperCase()).toContain(issuer.name.vi.toUpperCase());
    // The export is of the period the report was accepted for, named as the regime's documents do.
    expect(docx).toContain(periodLabel(b.period, 'vi'));
    const xlsx = await xlsxValues(await download('xlsx'));
    // The workbook has a row per measure of the plan's catalog, named by its code.
    const catalog = planCatalog(b.plan, await reviewer.getCatalog({ catalogId: b.plan.catalogId }));
    const codes = catalogMeasures(catalog).map((m) => m.code);
    expect(codes.filter((c) => !xlsx.texts.includes(c))).toEqual([]);
  });

  it('is rendered by the dashboard from the server and from a snapshot of its answers', async () => {
    const api = createClient({ baseUrl: stack!.baseUrl, retries: 0 });
    const plan = await api.getPlan({ planId });
    const [catalog, organizations, progress] = await Promise.all([
      api.getCatalog({ catalogId: plan.catalogId }),
      api.getOrganizations({ planId }),
      api.getProgress({ planId, year: b.year }),
    ]);
    const s = await openSession(browser!, stack!.baseUrl);
    await s.page.goto(`/?plan=${encodeURIComponent(planId)}`);
    const title = s.page.locator('kh-progress-dashboard [part~="title"]');
    await expect.poll(() => title.innerText(), { timeout: 30_000 }).toContain(b.plan.title.vi);
    const rows = s.page.locator('kh-progress-dashboard [part~="measure-button"]');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(progress.measures.length);
    expect((await runAxe(s.page)).map((v) => v.id)).toEqual([]);

    // The same answers as a JSON snapshot (`src`), the way a portal without the API shows them;
    // the snapshot's title is marked, so that what is on screen is seen to come from it.
    const marked = { ...plan, title: { ...plan.title, vi: `${plan.title.vi} (bản chụp)` } };
    const snapshot = JSON.stringify({ plan: marked, catalog, organizations, progress: [progress] });
    await s.page.route('**/snapshots/bundle.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: snapshot }),
    );
    await s.page.evaluate(() => {
      const el = document.querySelector('kh-progress-dashboard')!;
      el.removeAttribute('api-base');
      el.setAttribute('src', '/snapshots/bundle.json');
    });
    await expect.poll(() => title.innerText(), { timeout: 30_000 }).toContain('(bản chụp)');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(progress.measures.length);
    expect((await runAxe(s.page)).map((v) => v.id)).toEqual([]);
    expect(s.problems.errors).toEqual([]);
    await s.context.close();
  });
});
