/**
 * Screenshots of the list widgets in both languages, at a phone and a desktop width, from the
 * script-tag bundle and the demo snapshots (`node --import ../../scripts/ts-specifiers.mjs scripts/screenshots.ts [outdir]`).
 * For looking at, not for pixel tests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSnapshot, buildSubmissions, demo } from '@kehoach/mocks';
import { chromium as pw } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared';
import { bundleCode } from './size.js';

const out = process.argv[2] ?? 'test-results/screenshots';
// The @kehoach/mocks demo; the submissions after the due date, so that overdue reports show.
const widgets = [
  ['kh-progress-dashboard', '/dashboard.json', demo.now],
  ['kh-task-tracker', '/tasks.json', demo.now],
  ['kh-submission-tracker', '/submissions.json', demo.overdueNow],
] as const;
const files: Record<string, string> = {
  '/kehoach-widgets.js': await bundleCode('src/kehoach-widgets.ts', 'iife'),
  '/dashboard.json': JSON.stringify(buildSnapshot('progress-dashboard')),
  '/tasks.json': JSON.stringify(buildSnapshot('task-tracker')),
  '/submissions.json': JSON.stringify({
    ...(buildSnapshot('submission-tracker') as object),
    submissions: buildSubmissions(demo.year, demo.overdueNow),
  }),
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const [tag, src, now] = widgets.find(([t]) => `/${t}` === url.pathname) ?? [];
  const body = tag
    ? `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script src="/kehoach-widgets.js"></script></head>
<body style="margin:16px;font-family:sans-serif;background:${url.searchParams.get('theme') === 'dark' ? '#0d0f12' : '#fff'}">
<${tag} src="${src}" now="${now}" lang="${url.searchParams.get('lang')}" theme="${url.searchParams.get('theme') ?? 'light'}"></${tag}></body></html>`
    : files[url.pathname];
  res.writeHead(body ? 200 : 404, {
    'content-type': tag ? 'text/html' : url.pathname.endsWith('.js') ? 'text/javascript' : 'application/json',
  });
  res.end(body ?? '');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await pw.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [tag] of widgets)
  for (const lang of ['vi', 'en'])
    for (const [name, width] of [
      ['phone', 390],
      ['desktop', 1100],
    ] as const)
      for (const theme of name === 'desktop' && lang === 'vi' ? ['light', 'dark'] : ['light']) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${base}/${tag}?lang=${lang}&theme=${theme}`);
        await page.locator(`${tag} [part~="base"]`).waitFor();
        if (tag === 'kh-task-tracker') await page.locator(`${tag} [part~="toggle"]`).first().click();
        const file = `${out}/${tag}.${lang}.${name}${theme === 'dark' ? '.dark' : ''}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
await browser.close();
server.close();
