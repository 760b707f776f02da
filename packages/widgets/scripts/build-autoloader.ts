/**
 * `pnpm build` step: dist/kehoach-autoloader.js and dist/autoload/<tag>.js, the element bundles
 * it imports. Each file is what `pnpm size` measures (the same in-memory build), so the budgets
 * hold for the files a page downloads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUTOLOADER_ENTRY, budgets, bundleCode } from './size.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
mkdirSync(`${dist}autoload`, { recursive: true });
writeFileSync(`${dist}kehoach-autoloader.js`, await bundleCode(AUTOLOADER_ENTRY, 'es'));
// What the file is, for TypeScript: a script run for its effect (it loads the kh-* elements the
// page has, and those added later); it exports nothing. The element types come from the package.
writeFileSync(
  `${dist}kehoach-autoloader.d.ts`,
  '/** Loads the kh-* elements present on the page (and added later) from ./autoload/. Exports nothing. */\nexport {};\n',
);
for (const [name, b] of Object.entries(budgets))
  if (name.startsWith('kh-'))
    writeFileSync(`${dist}autoload/${name}.js`, await bundleCode(b.entry, b.format));
console.log(
  `autoloader: wrote dist/kehoach-autoloader.js and dist/autoload/ (${Object.keys(budgets).length - 1} elements)`,
);
