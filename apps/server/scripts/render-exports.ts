/**
 * Build the demo year's consolidated report (every lifecycle state; the submitted reports
 * accepted) and write the docx and xlsx to the directory given, to look at them:
 *   node --import ../../scripts/ts-specifiers.mjs scripts/render-exports.ts /tmp/out
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRealisticYear } from '../test/office.js';

const dir = process.argv[2] ?? '.';
mkdirSync(dir, { recursive: true });
const year = await buildRealisticYear();
try {
  for (const format of ['docx', 'xlsx'] as const)
    writeFileSync(join(dir, `report.${format}`), await year.download(format));
} finally {
  await year.close();
}
console.log(`written to ${dir}`);
