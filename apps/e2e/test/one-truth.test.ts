// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText() is the rendered text
/**
 * Issue 10's defects of "one truth per value" and "text every consumer can hold", reproduced
 * against the real server and the built portal in Chromium, and shown gone: a value typed alone
 * reaches the public page and both exports unchanged; a value typed beside parts that disagree
 * with it, an out-of-range value and another agency's unit are refused, as is U+FFFE; the
 * consolidated exports stay well-formed XML, read by the browser's own strict XML parser.
 */
import { ApiError, type KehoachClient, type Measure, type ReportContent } from '@kehoach/sdk';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../src/api.js';
import { launchBrowser, openSession, type Session } from '../src/browser.js';
import { docxText, xlsxValues } from '../src/office.js';
import { completeForSubmit, reportForm as form, signIn } from '../src/portal.js';
import { type Stack, startStack } from '../src/stack.js';

/** Indicator 2 of Decision 23 (a percentage with numerator and denominator), as Sở Y tế reports it. */
const MEASURE = 'qd23.2';
const TYPED = 88.1;
const TYPED_VI = '88,1';

let stack: Stack;
let browser: Browser;
let officer: Session;
let reporterApi: KehoachClient;
let reviewerApi: KehoachClient;
let planId: string;
let year: number;
let measure: Measure;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
  officer = await openSession(browser, stack.baseUrl);
  reporterApi = await apiAs(stack.baseUrl, 'reporter');
  reviewerApi = await apiAs(stack.baseUrl, 'reviewer');
  const [plan] = await reviewerApi.listPlans();
  planId = plan!.id;
  year = Math.min(Math.max(new Date().getFullYear(), plan!.period.from), plan!.period.to);
  const catalog = await reviewerApi.getCatalog({ catalogId: plan!.catalogId });
  measure = catalog.objectives
    .flatMap((o) => o.indicators.flatMap((i) => i.measures))
    .find((m) => m.id === MEASURE)!;
  expect(measure.unit.kind).toBe('percent');
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The name prefix (`measures.<row>.`) of the measure's row in the form, whatever the row order. */
async function rowOf(page: Page, title: string): Promise<string> {
  const item = form(page).locator('[part~="item"]').filter({ hasText: title });
  const name = await item.first().locator('input[name$=".value"]').getAttribute('name');
  expect(name).toMatch(/^measures\.\d+\.value$/);
  return name!.slice(0, -'value'.length);
}

/** The refusal of a call, as its field errors (`path`, `code`, both texts). */
async function refusal(call: Promise<unknown>) {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  const fields = (err as ApiError).fieldErrors ?? [];
  expect(fields.length).toBeGreaterThan(0);
  for (const f of fields) {
    expect(f.message.vi).toContain(f.path);
    expect(f.message.en).toContain(f.path);
  }
  return fields;
}

/** The officer's draft with the measure's line replaced by `line`. */
async function draftWith(line: Record<string, unknown>, api = reporterApi): Promise<ReportContent> {
  const empty: ReportContent = { tasks: [], measures: [], budget: [], difficulties: '', recommendations: '' };
  const content = await api.getMyReport({ planId, year }).then(
    (r) => r.content,
    (e: unknown) => {
      if (e instanceof ApiError && e.status === 404) return empty;
      throw e;
    },
  );
  const others = content.measures.filter((m) => m.measureId !== line.measureId || m.unitId);
  return { ...content, measures: [...others, { dataSource: '', note: '', ...line } as never] };
}

/** Every XML part of an OOXML file, through Chromium's XML 1.0 parser: the names of those it refuses. */
async function malformedParts(page: Page, bytes: ArrayBuffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: [string, string][] = [];
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(name)) parts.push([name, (await zip.file(name)?.async('string')) ?? '']);
  expect(parts.length).toBeGreaterThan(3);
  return page.evaluate(
    (all) =>
      all
        .filter(
          ([, xml]) =>
            new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror')
              .length > 0,
        )
        .map(([name]) => name),
    parts,
  );
}

async function exportOf(format: 'xlsx' | 'docx'): Promise<ArrayBuffer> {
  const file = await reviewerApi.exportReport({ planId, year, format });
  return file.blob.arrayBuffer();
}

describe('one truth per value, through the portal and the API', () => {
  it('the form derives a rate from its parts, read-only, and refuses 150 % typed alone', async () => {
    const { page } = officer;
    await signIn(officer, 'reporter');
    await page.waitForURL('**/report.html');
    await form(page).locator('form[part~="base"]').waitFor({ timeout: 20_000 });
    const p = await rowOf(page, measure.title.vi);
    const field = (f: string) => form(page).locator(`[name="${p}${f}"]`);

    await field('numerator').fill('881');
    await field('denominator').fill('1000');
    await field('denominator').press('Tab');
    await expect.poll(() => field('value').inputValue()).toBe(TYPED_VI);
    expect(await field('value').getAttribute('readonly')).not.toBeNull();

    // Only the value known: it stands alone, and is checked against the unit's bounds.
    await field('numerator').fill('');
    await field('denominator').fill('');
    expect(await field('value').getAttribute('readonly')).toBeNull();
    await field('value').fill('150');
    await field('value').press('Tab');
    await expect.poll(() => field('value').getAttribute('aria-invalid')).toBe('true');
    const id = await field('value').getAttribute('id');
    const error = form(page).locator(`[part~="field-error"][id="e-${id}"]`);
    await expect.poll(() => error.innerText()).toMatch(/100/);
    await field('value').fill(TYPED_VI);
    await field('value').press('Tab');
    await expect.poll(() => field('value').getAttribute('aria-invalid')).toBe('false');
  });

  it('the server refuses a value that disagrees with its parts, out-of-range figures and U+FFFE; nothing is stored', async () => {
    const before = await reporterApi.getMyReport({ planId, year });
    const mismatch = await refusal(
      reporterApi.saveDraft({
        planId,
        year,
        content: await draftWith({
          measureId: MEASURE,
          value: TYPED,
          numerator: 141_306,
          denominator: 161_532,
        }),
      } as never),
    );
    expect(mismatch.map((f) => f.code)).toEqual(['value_mismatch']);
    expect(mismatch[0]!.message.vi).toContain('87,48');

    for (const [line, field] of [
      [{ measureId: MEASURE, value: 150 }, 'value'],
      [{ measureId: MEASURE, value: -5 }, 'value'],
      [{ measureId: MEASURE, value: null, numerator: 1.7e308, denominator: 1.79e308 }, 'numerator'],
    ] as const) {
      const errors = await refusal(
        reporterApi.saveDraft({ planId, year, content: await draftWith(line) } as never),
      );
      expect(errors.map((f) => f.path)).toContainEqual(
        expect.stringMatching(new RegExp(`^content\\.measures\\.\\d+\\.${field}$`)),
      );
      expect(errors.map((f) => f.code)).not.toContain('value_mismatch');
    }

    const text = await refusal(
      reporterApi.saveDraft({
        planId,
        year,
        content: {
          ...(await draftWith({ measureId: MEASURE, value: TYPED })),
          difficulties: 'Thiếu\uFFFE số liệu',
        },
      } as never),
    );
    expect(text.map((f) => [f.path, f.code])).toEqual([['content.difficulties', 'invalid_characters']]);
    expect((await reporterApi.getMyReport({ planId, year })).version).toBe(before.version);
  });

  it('refuses the commune committees’ figure for the province itself', async () => {
    const communes = await apiAs(stack.baseUrl, 'communes');
    const content = await draftWith({ measureId: 'qd23.1', value: 1, unitId: planUnit() }, communes);
    const errors = await refusal(communes.saveDraft({ planId, year, content } as never));
    expect(errors.map((f) => f.code)).toContain('outside_jurisdiction');
  });

  it('a value typed alone reaches the public page and both exports as typed, and the exports parse', async () => {
    const { page } = officer;
    const p = await rowOf(page, measure.title.vi);
    await completeForSubmit(page, p);
    await form(page).locator(`[name="${p}dataSource"]`).fill('Thống kê ngành y tế (e2e)');
    await form(page).locator('[part~="submit-button"]').click();
    await expect
      .poll(() => form(page).locator('[part~="message"]').innerText(), { timeout: 20_000 })
      .toContain('Đã nộp báo cáo');

    const mine = await reporterApi.getMyReport({ planId, year });
    const line = mine.content.measures.find((m) => m.measureId === MEASURE && !m.unitId)!;
    expect([line.value, line.numerator, line.denominator]).toEqual([TYPED, undefined, undefined]);
    await reviewerApi.acceptReport({ reportId: mine.id });

    const progress = await reviewerApi.getProgress({ planId, year });
    const series = progress.measures.find((m) => m.measureId === MEASURE)!.series;
    expect(series.find((x) => x.year === year)?.value, JSON.stringify(series)).toBe(TYPED);

    const pub = await openSession(browser, stack.baseUrl);
    try {
      await pub.page.goto(`/?year=${year}`);
      const row = pub.page.locator('kh-progress-dashboard tr').filter({ hasText: measure.title.vi });
      await row.first().waitFor({ timeout: 20_000 });
      await expect.poll(() => row.first().innerText()).toContain(TYPED_VI);
    } finally {
      await pub.context.close();
    }

    const xlsx = await exportOf('xlsx');
    const docx = await exportOf('docx');
    const cells = await xlsxValues(Buffer.from(xlsx));
    // A percentage cell holds the fraction (88,1 % is 0.881 formatted as a percentage).
    const inXlsx =
      cells.numbers.some((n) => n === TYPED || Math.abs(n - TYPED / 100) < 1e-12) ||
      cells.texts.some((t) => t.includes(TYPED_VI));
    expect(inXlsx, cells.numbers.slice(0, 60).join(' ')).toBe(true);
    expect(await docxText(Buffer.from(docx))).toContain(TYPED_VI);
    expect(await malformedParts(page, xlsx)).toEqual([]);
    expect(await malformedParts(page, docx)).toEqual([]);
    expect(officer.problems.csp).toEqual([]);
  });
});

/** The plan's own unit (the province), read from the registry rather than named here. */
let province: string | undefined;
function planUnit(): string {
  if (!province) throw new Error('province unit not loaded');
  return province;
}
beforeAll(async () => {
  const registry = await reviewerApi.getOrganizations({ planId });
  province = registry.units.find((u) => u.level === 'province' && !u.validTo)?.id;
});
