/**
 * Writes the bundles as files (`bundles/<plan>/plan.json`, `catalog.json`, `registry.json`), the
 * layout `kehoach plan validate|import <dir>` reads: `pnpm --filter @kehoach/plans bundles`.
 * test/bundle-files.test.ts fails when a file and its TypeScript source part ways.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dakNong2021, dakNongRegistry, qd23 } from '../src/index.ts';

const dir = fileURLToPath(new URL('../bundles/dak-nong-2021/', import.meta.url));
mkdirSync(dir, { recursive: true });
const write = (name: string, value: unknown) =>
  writeFileSync(`${dir}${name}`, `${JSON.stringify(value, null, 2)}\n`);
write('plan.json', dakNong2021);
write('catalog.json', qd23);
write('registry.json', dakNongRegistry);
console.log(`wrote ${dir}{plan,catalog,registry}.json`);
