/**
 * Bundle budgets: gzip (level 9, deterministic) of everything a page loads for an element,
 * i.e. its registration module bundled with lit, the sdk and zod, minified. Built in memory
 * with the script-tag config, so the numbers do not depend on a previous `build`.
 * `pnpm size` prints the table and exits 1 on any overflow; test/size.test.ts runs it too.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;

/** Budgets from the product brief; the three unnamed elements get the dashboard's (our choice). */
export const budgets: Record<string, { entry: string; limit: number; format: 'iife' | 'es' }> = {
  'kehoach-widgets.js': { entry: 'src/kehoach-widgets.ts', limit: 45 * KB, format: 'iife' },
  'kh-progress-dashboard': { entry: 'src/define/kh-progress-dashboard.ts', limit: 28 * KB, format: 'es' },
  'kh-report-form': { entry: 'src/define/kh-report-form.ts', limit: 35 * KB, format: 'es' },
  'kh-indicator-card': { entry: 'src/define/kh-indicator-card.ts', limit: 28 * KB, format: 'es' },
  'kh-task-tracker': { entry: 'src/define/kh-task-tracker.ts', limit: 28 * KB, format: 'es' },
  'kh-submission-tracker': { entry: 'src/define/kh-submission-tracker.ts', limit: 28 * KB, format: 'es' },
};

export interface Measured {
  name: string;
  limit: number;
  /** null when the element does not exist yet. */
  gzip: number | null;
}

export async function bundleCode(entry: string, format: 'iife' | 'es'): Promise<string> {
  const out = (await build({
    root,
    configFile: `${root}vite.config.ts`,
    mode: 'script-tag',
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: `${root}${entry}`, formats: [format], name: 'KehoachWidgets', fileName: () => 'out.js' },
    },
  })) as Rolldown.RolldownOutput[];
  return out[0]!.output.map((o) => (o.type === 'chunk' ? o.code : '')).join('');
}

export async function measure(): Promise<Measured[]> {
  const rows: Measured[] = [];
  for (const [name, b] of Object.entries(budgets)) {
    const present = existsSync(`${root}${b.entry}`);
    const gzip = present ? gzipSync(await bundleCode(b.entry, b.format), { level: 9 }).length : null;
    rows.push({ name, limit: b.limit, gzip });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await measure();
  const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;
  for (const r of rows)
    console.log(
      `${r.gzip === null ? '·' : r.gzip <= r.limit ? '✓' : '✗'} ${r.name.padEnd(24)} ${r.gzip === null ? 'not built yet'.padStart(12) : kb(r.gzip).padStart(12)} / ${kb(r.limit)} gzip`,
    );
  const over = rows.filter((r) => r.gzip !== null && r.gzip > r.limit);
  if (over.length) {
    console.error(`over budget: ${over.map((r) => r.name).join(', ')}`);
    process.exit(1);
  }
}
