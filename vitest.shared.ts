import type { ViteUserConfig } from 'vitest/config';

/**
 * Reporters every package uses: the console, and a JSON file that `npm test` adds up into its
 * closing "tests: N passed, N failed" line.
 */
export const reporters: NonNullable<ViteUserConfig['test']>['reporters'] = reportersTo('vitest.json');

/** The same reporters, the JSON one to `test-results/<file>` (`npm test` adds up every file there). */
export function reportersTo(file: string): NonNullable<ViteUserConfig['test']>['reporters'] {
  return ['default', ['json', { outputFile: `test-results/${file}` }]];
}

/**
 * The PostgreSQL database of a `test:pg` run (`TEST_DATABASE_URL`, which `npm test` sets to a
 * throw-away cluster from scripts/postgres.mjs). Missing, the run stops with this error rather
 * than skip what needs PostgreSQL: in CI a skipped suite would look like a passing one.
 */
export function postgresTestUrl(): string {
  const url = process.env.TEST_DATABASE_URL?.trim() ?? '';
  if (/^postgres(ql)?:\/\//.test(url)) return url;
  throw new Error(
    `${process.env.CI === 'true' ? 'CI: ' : ''}the PostgreSQL suite needs TEST_DATABASE_URL=postgres://… ` +
      `(${url ? 'it is not a postgres:// URL' : 'it is not set'}). \`npm test\` starts a cluster itself; ` +
      'or run `node scripts/postgres.mjs -- pnpm --filter <package> test:pg`.',
  );
}

/**
 * Debian's Chromium, never a browser that a tool downloads (this machine and CI cannot).
 * CHROME_PATH overrides it for developers on other systems.
 */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags every Chromium launch here uses (vitest browser mode, e2e, benches, screenshots). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
