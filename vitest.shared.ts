import type { ViteUserConfig } from 'vitest/config';

/**
 * Reporters every package uses: the console, and a JSON file that `npm test` adds up into its
 * closing "tests: N passed, N failed" line.
 */
export const reporters: NonNullable<ViteUserConfig['test']>['reporters'] = [
  'default',
  ['json', { outputFile: 'test-results/vitest.json' }],
];
