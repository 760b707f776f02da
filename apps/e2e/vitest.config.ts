import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

// One server and one Chromium per file, files one after another: the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters,
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
