// `npm test`: set up a fresh machine (pnpm, dependencies, Chromium) and run every check:
// lint, build, typecheck and the test suites of every package and app (unit, API, browser,
// end-to-end, bundle budgets), the server suite and the e2e a second time on PostgreSQL (a
// throw-away cluster, scripts/postgres.mjs). Ends with one line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLibreOffice } from './office.mjs';
import { ensurePostgres } from './postgres.mjs';
import {
  ensureChromium,
  ensureNode,
  ensurePnpm,
  installDependencies,
  log,
  pnpm,
  root,
} from './toolchain.mjs';

await ensureNode();
const bin = ensurePnpm();
installDependencies(bin);
const chromium = ensureChromium();
log(`Chromium: ${chromium}`);
log(`LibreOffice: ${ensureLibreOffice()}`);

// Every package's test-results/*.json: vitest.json (`test`), vitest-pg.json (`test:pg`).
const resultFiles = () =>
  ['packages', 'apps', 'examples'].flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir)).flatMap((name) => {
          const results = join(root, dir, name, 'test-results');
          return existsSync(results)
            ? readdirSync(results)
                .filter((f) => f.endsWith('.json'))
                .map((f) => join(results, f))
            : [];
        })
      : [],
  );
for (const f of resultFiles()) rmSync(f, { force: true });

pnpm(bin, ['exec', 'biome', 'ci', '.']);
const postgres = await ensurePostgres();
const run = spawnSync(
  bin,
  ['exec', 'turbo', 'run', 'lint', 'build', 'typecheck', 'test', 'test:pg', '--concurrency=1', '--continue'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chromium, TEST_DATABASE_URL: postgres.url },
  },
);
postgres.stop();

let passed = 0;
let failed = 0;
for (const file of resultFiles()) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof r.numPassedTests !== 'number') continue; // not a vitest report
  passed += r.numPassedTests;
  failed +=
    r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
