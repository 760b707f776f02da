/**
 * The example page of docs/embedding.md, exactly as the doc shows it: served with the
 * script-tag bundle and the dashboard snapshot under `Content-Security-Policy: default-src
 * 'self'` (scripts/example-server.ts), opened in Debian's Chromium. Also checks that the doc's
 * code block is the example file, byte for byte, so the two cannot drift.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dashboardSnapshot,
  type ExampleServer,
  examplePage,
  serveExample,
} from '../scripts/example-server.js';
import { bundleCode } from '../scripts/size.js';
import { type Chromium, launch, type Tab } from './helpers/browser.js';

const doc = fileURLToPath(new URL('../../../docs/embedding.md', import.meta.url));
const MARKER = '<!-- example: packages/widgets/examples/embedding.html -->';

interface Snapshot {
  plan: { title: { vi: string } };
  catalog: { objectives: { indicators: { measures: { code: string; title: { vi: string } }[] }[] }[] };
}
const snapshot = JSON.parse(readFileSync(dashboardSnapshot, 'utf8')) as Snapshot;
const measures = snapshot.catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));

/** The fenced block that follows the marker comment in docs/embedding.md. */
function exampleBlock(markdown: string): string | undefined {
  const at = markdown.indexOf(MARKER);
  if (at < 0) return undefined;
  return /^```html\n([\s\S]*?)^```$/m.exec(markdown.slice(at + MARKER.length))?.[1];
}

describe('docs/embedding.md', () => {
  it('shows examples/embedding.html verbatim', () => {
    const block = exampleBlock(readFileSync(doc, 'utf8'));
    expect(block, `a \`\`\`html block after ${MARKER}`).toBeDefined();
    expect(block).toBe(readFileSync(examplePage, 'utf8'));
  });
});

describe('examples/embedding.html under a strict CSP', () => {
  let site: ExampleServer;
  let chromium: Chromium;
  let tab: Tab;

  beforeAll(async () => {
    site = await serveExample({ bundle: await bundleCode('src/kehoach-widgets.ts', 'iife') });
    chromium = await launch();
    tab = await chromium.open(site.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await site?.close();
  });

  it("renders the plan's title and every measure, styled, with no violation and no error", async () => {
    const host = tab.page.locator('kh-progress-dashboard');
    await host.locator('[part~="table"]').waitFor();
    expect(await host.evaluate((e) => e.shadowRoot !== null)).toBe(true);
    expect((await host.locator('[part~="title"]').textContent())?.trim()).toBe(snapshot.plan.title.vi);
    expect(await host.locator('[part~="title"]').getAttribute('aria-level')).toBe('2');
    const buttons = host.locator('[part~="measure-button"]');
    expect(await buttons.count()).toBe(measures.length);
    expect((await buttons.first().textContent())?.trim()).toBe(
      `${measures[0]!.code}. ${measures[0]!.title.vi}`,
    );
    // Measures (chỉ số) and indicators (chỉ tiêu) counted apart: 35 measures of 24 indicators.
    const indicators = snapshot.catalog.objectives.flatMap((o) => o.indicators).length;
    expect(await host.locator('.count').textContent()).toBe(
      `Hiển thị ${measures.length}/${measures.length} chỉ số (${indicators}/${indicators} chỉ tiêu)`,
    );
    expect(await host.locator('[part~="illustrative"]').isVisible()).toBe(true);
    // Styles really applied (adoptedStyleSheets under the CSP), not just markup.
    expect(
      await host
        .locator('[part~="status"]')
        .first()
        .evaluate((e) => getComputedStyle(e).display),
    ).toBe('inline-flex');
    // The fallback text inside the element is not shown once the shadow root has rendered.
    expect(await host.locator(':scope > p').isVisible()).toBe(false);
    expect(await tab.violations()).toEqual([]);
    expect(tab.errors).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await tab.page.screenshot({ path: 'test-results/embedding.png' });
  });

  it('would notice a violation (control): an inline script is reported', async () => {
    await tab.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'void 0';
      document.body.append(s);
    });
    await expect.poll(async () => (await tab.violations()).length).toBeGreaterThan(0);
  });
});
