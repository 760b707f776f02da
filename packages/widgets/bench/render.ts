/**
 * Render speed of `kh-progress-dashboard` (35 measures × 10 years × 9 units) in headless
 * Chromium, against a hand-written plain-DOM baseline in the same page and run
 * (bench/page.js). `pnpm bench` (after `pnpm build`): prints a markdown table and writes
 * bench/results.md.
 *
 *   BENCH_RUNS=25 BENCH_WARMUP=5   iterations (defaults)
 *   --source                       bundle src/ in memory instead of loading dist/ (no build needed)
 *   --profile                      also record a CPU profile of dashboard renders (unminified
 *                                  bundle) to test-results/, and print the top functions
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  type Lang,
  type ProgressStatus,
  reasonMessages,
  resolveAgency,
  resolveUnit,
  statusMessages,
} from '@kehoach/sdk';
import { chromium as pw } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { chromiumArgs, chromiumPath } from '../../../vitest.shared';
import { ProgressDashboardDataSchema } from '../src/elements/kh-progress-dashboard/kh-progress-dashboard.data.js';
import type { ProgressDashboardData } from '../src/elements/kh-progress-dashboard/kh-progress-dashboard.js';
import { today } from '../src/internal/format.js';
import { infoIcon, progressIcons } from '../src/internal/icons.js';
import { makeSnapshot, NOW, UNITS, YEARS } from './data.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const GOAL = 1.5;
const fromSource = process.argv.includes('--source');
const profile = process.argv.includes('--profile');
const ARGS = ['--headless', ...chromiumArgs];
const FROM_YEAR = YEARS[0]!; // 2026, the snapshot's first entry
const TO_YEAR = YEARS[1]!; // 2025

async function bundle(minify: boolean): Promise<string> {
  const out = (await build({
    root,
    configFile: `${root}vite.config.ts`,
    mode: 'script-tag',
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      lib: {
        entry: `${root}src/kehoach-widgets.ts`,
        formats: ['iife'],
        name: 'KehoachWidgets',
        fileName: () => 'out.js',
      },
    },
  })) as Rolldown.RolldownOutput[];
  return out[0]!.output.map((o) => (o.type === 'chunk' ? o.code : '')).join('');
}

/**
 * What the baseline gets precomputed: strings of the element, status and reason texts, icon
 * paths, and the agency and unit option labels (registry lookups and successions, which do
 * not depend on the year), computed here with the same sdk calls as the element.
 */
function baselineLabels(d: ProgressDashboardData) {
  const lang: Lang = 'vi';
  const day = today(d.plan.reporting.timeZone, NOW);
  const pick = (x: { vi: string; en?: string | undefined }) => x.vi;
  const found = new Map<string, { label: string; interpretationOnly: boolean }>();
  for (const a of d.plan.assignments ?? []) {
    if (!a.measureLinks.length) continue;
    for (const id of a.agencyIds) {
      let entry = found.get(id);
      if (!entry) {
        const named = d.organizations.agencies.find((x) => x.id === id);
        let label = named ? pick(named.name) : a.heading;
        try {
          const now = resolveAgency(d.organizations, id, day, { function: a.successionFunction });
          if (now.id !== id) label += ` (nay: ${pick(now.entity.name)})`;
        } catch {}
        entry = { label, interpretationOnly: true };
        found.set(id, entry);
      }
      for (const l of a.measureLinks) entry.interpretationOnly &&= l.basis === 'interpretation';
    }
  }
  // Agencies linked to measures only by the compilers' reading are marked, as the dashboard does.
  const agencies = new Map(
    [...found].map(([id, e]) => [id, e.interpretationOnly ? `${e.label} (diễn giải)` : e.label]),
  );
  const units = [...new Set(d.progress.map((p) => p.unitId))].map((id) => {
    const u = d.organizations.units.find((x) => x.id === id);
    const name = u ? pick(u.name) : id;
    if (!u?.validTo || u.validTo > day) return { id, label: name, former: false };
    let label = `${name} (không còn)`;
    try {
      const now = resolveUnit(d.organizations, id, day);
      if (now.id !== id) label = `${name} → ${pick(now.entity.name)}`;
    } catch {}
    return { id, label, former: true };
  });
  const statuses = Object.keys(statusMessages) as ProgressStatus[];
  return {
    now: NOW,
    fromYear: FROM_YEAR,
    toYear: TO_YEAR,
    unit: d.progress[0]!.unitId,
    agencies: [...agencies],
    units,
    statusMessages: Object.fromEntries(statuses.map((s) => [s, statusMessages[s][lang]])),
    reasonMessages: Object.fromEntries(
      Object.entries(reasonMessages).map(([k, v]) => [k, (v as Record<Lang, string>)[lang]]),
    ),
    icons: { info: infoIcon, ...Object.fromEntries(statuses.map((n) => [n, progressIcons[n] as string])) },
    t: {
      filters: 'Bộ lọc',
      unconfirmed: 'chưa xác nhận',
      year: 'Năm',
      unit: 'Đơn vị hành chính',
      objective: 'Mục tiêu',
      agency: 'Cơ quan (theo kế hoạch → nay)',
      status: 'Đánh giá',
      all: 'Tất cả',
      measure: 'Chỉ số',
      latest: 'Mới nhất',
      target: 'Mục tiêu',
      trend: 'Xu hướng',
      met: 'đã đạt',
      maintain: 'duy trì',
      down: 'giảm',
      up: 'tăng',
      perYear: '/năm',
      current: 'Hiện nay',
      former: 'Đã sáp nhập, giải thể',
      fewPoints: 'Chưa đủ số liệu',
      illustrative: 'Số liệu minh họa, không phải số liệu thống kê chính thức.',
    },
  };
}

function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

type Stat = { median: number; min: number; max: number; all: number[] };
type Summary = Record<'dashboard' | 'baseline', Record<string, Stat>>;

// ---------------------------------------------------------------------------------------------

const distBundle = join(root, 'dist/kehoach-widgets.js');
if (!fromSource && !existsSync(distBundle)) {
  console.error(
    'dist/kehoach-widgets.js is missing: run `pnpm --filter @kehoach/widgets build` (or pass --source).',
  );
  process.exit(1);
}
const data = makeSnapshot();
const parsed = ProgressDashboardDataSchema.safeParse(data);
if (!parsed.success) {
  console.error(
    `The synthesised snapshot does not match ProgressDashboardDataSchema:\n${parsed.error.message}`,
  );
  process.exit(1);
}
const measureCount = data.catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures)).length;
const files: Record<string, [string, string | Buffer]> = {
  '/': [
    'text/html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>render bench</title>
<script src="/kehoach-widgets.js"></script><script type="module" src="/page.js"></script></head>
<body style="margin:0"><main id="stage" style="width:1200px"></main></body></html>`,
  ],
  '/kehoach-widgets.js': ['text/javascript', fromSource ? await bundle(true) : readFileSync(distBundle)],
  '/page.js': ['text/javascript', readFileSync(join(root, 'bench/page.js'))],
  '/data.json': ['application/json', JSON.stringify(data)],
  '/labels.json': ['application/json', JSON.stringify(baselineLabels(data))],
  '/favicon.ico': ['image/x-icon', ''],
};
const server = createServer((req, res) => {
  const file = files[req.url ?? ''];
  res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain', 'cache-control': 'no-store' });
  res.end(file?.[1] ?? 'not found');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'kh-bench-chromium-'));
const context = await pw.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  args: ARGS,
  headless: true,
  viewport: { width: 1280, height: 900 },
});
const errors: string[] = [];
let exitCode = 0;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => '__bench' in window);
  const cdp = await context.newCDPSession(page);
  const version = ((await cdp.send('Browser.getVersion')) as { product: string }).product;
  await page.evaluate('window.__bench.init()');

  // Same screen from both, after mount and after the year change.
  const shown = (await page.evaluate('window.__bench.compare()')) as Record<string, unknown>;
  const diff = firstDifference(shown.dashboard, shown.baseline);
  if (diff) throw new Error(`The baseline does not render what the dashboard renders: ${diff}`);
  const dash = shown.dashboard as { mounted: { rows: unknown[] }; changed: { rows: unknown[] } };
  const rowsShown = dash.mounted.rows.length;
  if (
    rowsShown !== 1 + data.catalog.objectives.length + measureCount ||
    isDeepStrictEqual(dash.mounted, dash.changed)
  )
    throw new Error(`Unexpected screen: ${rowsShown} table rows, or the year change changed nothing`);

  const loadBefore = loadavg();
  const started = new Date();
  const timed = (await page.evaluate(
    `window.__bench.run(${JSON.stringify({ warmup: WARMUP, runs: RUNS })})`,
  )) as Summary;
  const loadAfter = loadavg();
  if (errors.length) throw new Error(`Page errors: ${errors.join('; ')}`);

  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const ratio = (key: string) => timed.dashboard[key]!.median / timed.baseline[key]!.median;
  const verdict = (r: number) => (r <= GOAL ? 'yes' : 'no');
  const rows: [string, string][] = [
    ['mount: connected → painted (double rAF after `updateComplete`)', 'mountPaint'],
    ['year change → painted (double rAF after `updateComplete`)', 'yearPaint'],
    ['mount: main-thread busy (script + rendering of the painted frame)', 'mountBusy'],
    ['year change: main-thread busy (script + rendering of the painted frame)', 'yearBusy'],
    ['mount: script only (until `updateComplete`)', 'mountScript'],
    ['year change: script only (until `updateComplete`)', 'yearScript'],
  ];
  const table = [
    `| measurement | dashboard (median) | baseline (median) | ratio | goal ≤ ${GOAL}× met |`,
    '| --- | ---: | ---: | ---: | :---: |',
    ...rows.map(
      ([label, key], i) =>
        `| ${label} | ${ms(timed.dashboard[key]!.median)} | ${ms(timed.baseline[key]!.median)} | ${ratio(key).toFixed(2)}× | ${i < 2 ? verdict(ratio(key)) : '(diagnostic)'} |`,
    ),
  ].join('\n');
  console.log(table);

  const cpu = cpus();
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(cpuinfo)?.[1];
  const cpuName = `${cpu[0]?.model ?? 'unknown CPU'}${field('cpu family') ? ` (family ${field('cpu family')}, model ${field('model')}${/ hypervisor( |$)/m.test(field('flags') ?? '') ? ', virtual machine' : ''})` : ''}`;
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  const runsOf = (k: 'dashboard' | 'baseline', key: string) =>
    timed[k][key]!.all.map((x) => x.toFixed(1)).join(', ');
  const md = `# @kehoach/widgets render benchmark

Generated by \`pnpm --filter @kehoach/widgets bench\` (\`tsx bench/render.ts${fromSource ? ' --source' : ''}\`, against ${
    fromSource
      ? 'src/ bundled in memory with the script-tag config'
      : '`dist/kehoach-widgets.js`, the minified script-tag bundle'
  }) on ${started.toISOString().slice(0, 10)}.

Machine: ${cpuName} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${version} (headless, \`${chromiumPath}\`), Node ${process.version}.
Load average (1 / 5 / 15 min) before the timed runs ${la(loadBefore)}, after ${la(loadAfter)}, on ${cpu.length} cores (other jobs were running).

${table}

Goal: the dashboard within ${GOAL}× of the plain-DOM baseline, on the two "painted" rows. Mount ${ratio('mountPaint').toFixed(2)}× (${verdict(ratio('mountPaint')) === 'yes' ? 'met' : 'not met'}), year change ${ratio('yearPaint').toFixed(2)}× (${verdict(ratio('yearPaint')) === 'yes' ? 'met' : 'not met'}). The "painted" time is frame-bound (see Method); the diagnostic rows show the work itself: main-thread busy ${ratio('mountBusy').toFixed(2)}× on mount and ${ratio('yearBusy').toFixed(2)}× on the year change, script only ${ratio('mountScript').toFixed(2)}× and ${ratio('yearScript').toFixed(2)}×. On this shared 2-core machine these few-millisecond medians move by ±0.3× or more between runs; compare ratios from the same run only.

Runs, mount → painted (ms), dashboard: ${runsOf('dashboard', 'mountPaint')}; baseline: ${runsOf('baseline', 'mountPaint')}.
Runs, year change → painted (ms), dashboard: ${runsOf('dashboard', 'yearPaint')}; baseline: ${runsOf('baseline', 'yearPaint')}.
Min / max mount → painted: dashboard ${ms(timed.dashboard.mountPaint!.min)} / ${ms(timed.dashboard.mountPaint!.max)}, baseline ${ms(timed.baseline.mountPaint!.min)} / ${ms(timed.baseline.mountPaint!.max)}.

## Method

- Data: the @kehoach/mocks demo plan, Decision 23 catalog (${measureCount} measures in ${data.catalog.objectives.length} objectives, 2 milestones) and registry, with a \`progress\` entry for each of ${YEARS.length} years (${YEARS.at(-1)}–${YEARS[0]}) × ${UNITS.length} units (the province, the former province merged into it, 7 communes), all ${measureCount} measures each: ${data.progress.length} entries, ${(JSON.stringify(data).length / 1e6).toFixed(1)} MB of JSON. Values are synthesised with a seeded PRNG (\`bench/data.ts\`, illustrative), assessed with the sdk's \`assessProgress\`, and the snapshot is checked against \`ProgressDashboardDataSchema\` before the run. The screen shows ${rowsShown} table rows (header, ${data.catalog.objectives.length} objective rows, ${measureCount} measures) for ${data.progress[0]!.unitId}, ${FROM_YEAR}; the year change goes to ${TO_YEAR}.
- Page: served from this process on 127.0.0.1, 1280×900 viewport, stage 1200 px wide (desktop table layout). Chromium ${chromiumPath} driven by playwright-core with ${ARGS.map((a) => `\`${a}\``).join(' ')} and a fresh user-data-dir.
- Dashboard: per iteration a fresh \`<kh-progress-dashboard now="${NOW}">\`, \`data\` set to the parsed snapshot (shared object, never mutated), appended to the page; t0 before \`createElement\`. Year change: the year \`<select>\` set to ${TO_YEAR} and a \`change\` event dispatched (the element's own handler sets \`year\`), t0 before that.
- Baseline (\`bench/page.js\`): a hand-written plain-DOM renderer building the same markup with \`createElement\` — title, the five pickers with their options, illustrative notice, count, table with header, objective rows, one row per measure (button with click listener, latest value, targets with "đã đạt", status badge with its SVG icon and reason, sparkline SVG with its text alternative) — into a shadow root of a fresh host that adopts the element's own stylesheets, so both lay out with the same CSS. It computes texts, number formats (one cached \`Intl.NumberFormat\`), targets and sparkline points per render from the same snapshot; agency and unit option labels (registry look-ups and successions, independent of the year) come precomputed. Its year change rebuilds the table and replaces the old one (no diffing).
- Before timing, the bench checks that both give the same screen after mount and after the year change: titles, every \`<select>\` with its options and value, notice, count, and for every table row each cell's attributes, text and element shape, SVG attributes and children (icon paths, polyline points, labels), button attributes. It exits non-zero otherwise.
- Timing, inside the page with \`performance.now()\`, t0 right before the mount / the year change:
  - "painted" (the goal's measure): a double \`requestAnimationFrame\` after \`updateComplete\` (after the build, for the baseline), the same signal for both. It waits for frames (vsync, 16.7 ms), so it holds idle time too and moves in steps of a frame; to keep that from favouring either side, each iteration starts at a different point of the frame ((i × 7) mod 17 ms after a frame began, iteration i, the same for both contenders of an iteration).
  - "main-thread busy": the script time plus the rendering of the frame that shows the result (style, layout, paint on the main thread), measured from that frame's first rAF callback to a message posted from it (which runs right after the frame's rendering steps). No vsync wait, so this is the part that differs when one side does more work.
  - "script only": until \`updateComplete\` resolves / the build returns.
- ${WARMUP} warm-up iterations (discarded), then ${RUNS}; fresh host each iteration, removed after its year change, 30 ms + a double rAF of quiet after each measurement; the two take turns going first. Medians.
- Profile: \`tsx bench/render.ts --profile\` records a CPU profile (CDP \`Profiler\`, 100 µs sampling, unminified bundle) of 20 dashboard mounts + year changes into test-results/bench-render.cpuprofile and prints the functions with the most self time.
`;
  writeFileSync(join(root, 'bench/results.md'), md);
  console.log(`\nwrote bench/results.md (load ${la(loadBefore)} → ${la(loadAfter)}, ${version})`);

  if (profile) {
    await page.goto('about:blank');
    files['/kehoach-widgets.js'] = ['text/javascript', await bundle(false)];
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => '__bench' in window);
    await page.evaluate('window.__bench.init()');
    await page.evaluate(`window.__bench.run(${JSON.stringify({ warmup: 3, runs: 1, only: 'dashboard' })})`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(`window.__bench.run(${JSON.stringify({ warmup: 0, runs: 20, only: 'dashboard' })})`);
    const { profile: prof } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: {
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
          children?: number[];
        }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/bench-render.cpuprofile'), JSON.stringify(prof));
    const self = new Map<string, number>();
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    prof.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '')}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`\nCPU profile (20 dashboard mounts + year changes), self time, total ${ms(total)}:`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${ms(v).padStart(10)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
    console.log('wrote test-results/bench-render.cpuprofile');
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await context.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(exitCode);
