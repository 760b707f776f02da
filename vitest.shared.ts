import type { ViteUserConfig } from 'vitest/config';

/**
 * Reporters every package uses: the console, and a JSON file that `npm test` adds up into its
 * closing "tests: N passed, N failed" line.
 */
export const reporters: NonNullable<ViteUserConfig['test']>['reporters'] = [
  'default',
  ['json', { outputFile: 'test-results/vitest.json' }],
];

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
