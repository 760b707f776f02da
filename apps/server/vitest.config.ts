import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, pool: 'forks', reporters },
});
