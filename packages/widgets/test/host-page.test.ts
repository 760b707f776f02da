/**
 * docs/embedding.md promises that a widget looks the same on any page. All five elements, from
 * the @kehoach/mocks snapshots, at a wide and a narrow width, on a clean page and on a hostile
 * one: italic bold small-caps uppercase spaced-out text, `html { font-size: 10px }`,
 * `* { margin: 5px !important }`, a Trusted Types CSP, the script-tag bundle included twice.
 * Every element of every shadow root must compute the same text styles, margins and box sizes
 * on both pages. The one documented difference: the page's rules on the `kh-*` element itself
 * (here its margin) apply, as on any element of the page.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { buildSnapshot, demo, formAgencyId, type SnapshotKind } from '@kehoach/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileServer, type Files, serveFiles } from '../scripts/serve-files.js';
import { bundleCode } from '../scripts/size.js';
import { type Chromium, launch, type Tab } from './helpers/browser.js';

// Two portlets may each include the bundle, and lit-html asks for its policy in each copy.
const CSP =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const HOSTILE = `html { font-size: 10px }
body {
  font: italic small-caps bold 13px/2.7 Georgia, serif;
  font-feature-settings: 'smcp';
  text-transform: uppercase;
  letter-spacing: 3px;
  word-spacing: 10px;
  text-indent: 3em;
  text-align: right;
  text-shadow: 1px 1px red;
  white-space: nowrap;
  word-break: break-all;
}
* { margin: 5px !important }
`;
// The page decides how wide each widget is: the same on both pages, whatever the margins.
const LAYOUT = `.wide { width: 960px } .narrow { width: 420px }
kh-progress-dashboard, kh-indicator-card, kh-report-form, kh-task-tracker, kh-submission-tracker { margin-block-end: 24px }`;

const widgets: { tag: string; kind: SnapshotKind; attrs: string }[] = [
  { tag: 'kh-progress-dashboard', kind: 'progress-dashboard', attrs: `now="${demo.now}"` },
  { tag: 'kh-indicator-card', kind: 'indicator-card', attrs: '' },
  { tag: 'kh-task-tracker', kind: 'task-tracker', attrs: `now="${demo.now}"` },
  { tag: 'kh-submission-tracker', kind: 'submission-tracker', attrs: `now="${demo.now}"` },
  { tag: 'kh-report-form', kind: 'report-form', attrs: `year="${demo.year}"` },
];
const hosts = ['wide', 'narrow'].flatMap((width) =>
  widgets.map((w) => ({ ...w, width, id: `${w.tag}-${width}` })),
);

function page(hostile: boolean): string {
  const script = '<script src="/kehoach-widgets.js"></script>';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${hostile ? 'Hostile' : 'Clean'} page</title>
<link rel="stylesheet" href="/layout.css">${hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
${hostile ? script + script : script}</head>
<body><main>${hosts.map((h) => `<${h.tag} id="${h.id}" class="${h.width}" src="/s/${h.kind}.json" ${h.attrs}></${h.tag}>`).join('\n')}</main></body></html>`;
}

/** Computed styles compared, inside the shadow root and on the host. */
const PROPS = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-shadow',
  'white-space',
  'word-break',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-left',
];

type Row = { at: string; values: Record<string, string> };

/** One row per element of the host's shadow root (tree order), and the host's own row first. */
async function shape(tab: Tab, id: string): Promise<Row[]> {
  return tab.page.evaluate(
    ([id, props]) => {
      const host = document.getElementById(id)!;
      const row = (el: Element, at: string) => {
        const cs = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const values: Record<string, string> = {};
        for (const p of props) values[p] = cs.getPropertyValue(p);
        values.width = box.width.toFixed(2);
        values.height = box.height.toFixed(2);
        return { at, values };
      };
      const inside = [...host.shadowRoot!.querySelectorAll('*')].map((el, i) =>
        row(
          el,
          `${i} <${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`,
        ),
      );
      return [row(host, 'host'), ...inside];
    },
    [id, PROPS] as const,
  );
}

/** `at prop: clean → hostile` for every value that differs. */
function differences(clean: Row[], hostile: Row[]): string[] {
  const out: string[] = [];
  if (clean.length !== hostile.length) out.push(`element count: ${clean.length} → ${hostile.length}`);
  clean.forEach((c, i) => {
    const h = hostile[i];
    if (!h || h.at !== c.at) out.push(`${c.at}: became ${h?.at}`);
    else
      for (const [k, v] of Object.entries(c.values))
        if (h.values[k] !== v) out.push(`${c.at} ${k}: ${v} → ${h.values[k]}`);
  });
  return out;
}

let site: FileServer;
let chromium: Chromium;
let clean: Tab;
let hostile: Tab;

async function rendered(tab: Tab): Promise<void> {
  for (const h of hosts) await tab.page.locator(`#${h.id} [part~="base"]`).waitFor();
}

beforeAll(async () => {
  const files: Files = {
    '/clean.html': ['text/html', page(false)],
    '/hostile.html': ['text/html', page(true)],
    '/layout.css': ['text/css', LAYOUT],
    '/hostile.css': ['text/css', HOSTILE],
    '/kehoach-widgets.js': ['text/javascript', await bundleCode('src/kehoach-widgets.ts', 'iife')],
    '/favicon.ico': ['image/x-icon', ''],
  };
  for (const w of widgets)
    files[`/s/${w.kind}.json`] = ['application/json', JSON.stringify(buildSnapshot(w.kind))];
  site = await serveFiles(files, { csp: CSP });
  chromium = await launch();
  const viewport = { width: 1100, height: 1200 };
  [clean, hostile] = await Promise.all([
    chromium.open(`${site.origin}/clean.html`, viewport),
    chromium.open(`${site.origin}/hostile.html`, viewport),
  ]);
  await Promise.all([rendered(clean), rendered(hostile)]);
});

afterAll(async () => {
  await chromium?.close();
  await site?.close();
});

describe('a widget on a hostile page', () => {
  it('renders every widget from its snapshot, with no CSP violation and no error on either page', async () => {
    for (const tab of [clean, hostile]) {
      expect(await tab.page.evaluate(() => document.querySelectorAll('[part~="error"]').length)).toBe(0);
      expect(await tab.violations()).toEqual([]);
      expect(tab.errors).toEqual([]);
    }
    // The form holds the returned report of the agency the snapshot names.
    const form = hostile.page.locator('#kh-report-form-wide');
    expect(await form.locator('[part~="comments"]').count()).toBeGreaterThan(0);
    const agency = demo.registry.agencies.find((a) => a.id === formAgencyId())!;
    expect(await form.locator('form').textContent()).toContain(agency.name.vi);
  });

  it.each(hosts.map((h) => h.id))('%s has the same shape on both pages', async (id) => {
    const [c, h] = await Promise.all([shape(clean, id), shape(hostile, id)]);
    expect(c.length).toBeGreaterThan(20);
    // The page's own rule on its own element: documented (docs/embedding.md), not inside the widget.
    for (const side of ['top', 'right', 'bottom', 'left']) {
      expect(h[0]!.values[`margin-${side}`]).toBe('5px');
      delete h[0]!.values[`margin-${side}`];
      delete c[0]!.values[`margin-${side}`];
    }
    expect(differences(c, h)).toEqual([]);
    // The widget's text is the reader's default size, not the page's 10px nor its 13px.
    expect(h[0]!.values['font-size']).toBe('16px');
  });

  it('would notice a widget that follows the page (control): --kh-font-size: 1rem', async () => {
    const id = 'kh-indicator-card-wide';
    await hostile.page.evaluate(
      (id) => document.getElementById(id)!.style.setProperty('--kh-font-size', '1rem'),
      id,
    );
    const [c, h] = await Promise.all([shape(clean, id), shape(hostile, id)]);
    expect(h[0]!.values['font-size']).toBe('10px');
    expect(differences(c, h).length).toBeGreaterThan(20);
    await hostile.page.evaluate(
      (id) => document.getElementById(id)!.style.removeProperty('--kh-font-size'),
      id,
    );
  });

  it('screenshots both pages (test-results/host-page-*.png), and each widget at its top', async () => {
    const dir = 'test-results/host-page';
    mkdirSync(dir, { recursive: true });
    for (const [name, tab] of [
      ['clean', clean],
      ['hostile', hostile],
    ] as const) {
      const shots = [`${dir}/${name}.png`];
      await tab.page.screenshot({ path: shots[0], fullPage: true });
      for (const h of hosts) {
        const box = (await tab.page.locator(`#${h.id}`).boundingBox())!;
        const path = `${dir}/${name}-${h.id}.png`;
        const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 900) };
        await tab.page.screenshot({ path, fullPage: true, clip });
        shots.push(path);
      }
      // SHOTS_DIR=… keeps them somewhere to look at after the run.
      const out = process.env.SHOTS_DIR;
      if (out) for (const path of shots) copyFileSync(path, `${out}/shape-${path.slice(dir.length + 1)}`);
    }
  });
});
