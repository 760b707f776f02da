/**
 * Writes the bundles as files (`bundles/<plan>/plan.json`, `catalog.json`, `registry.json`), the
 * layout `kehoach plan validate|import <dir>` reads: `pnpm --filter @kehoach/plans bundles`.
 * test/bundle-files.test.ts fails when a file and its TypeScript source part ways.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dakNong2021, dakNongRegistry, lamDong2026, qd23 } from '../src/index.ts';

const bundles: [string, Record<'plan' | 'catalog' | 'registry', unknown>][] = [
  ['dak-nong-2021', { plan: dakNong2021, catalog: qd23, registry: dakNongRegistry }],
  // Catalogs and targets: the illustrative province plan over the national catalog.
  ['lam-dong-2026-illustrative', { plan: lamDong2026, catalog: qd23, registry: dakNongRegistry }],
];
for (const [name, parts] of bundles) {
  const dir = fileURLToPath(new URL(`../bundles/${name}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const [part, value] of Object.entries(parts))
    writeFileSync(`${dir}${part}.json`, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${dir}{plan,catalog,registry}.json`);
}
