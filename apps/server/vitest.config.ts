import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

// The default run is on in-memory SQLite, whatever TEST_DATABASE_URL says; the PostgreSQL run
// (the same files plus test/postgres/) is `pnpm test:pg`, with vitest.pg.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/postgres/**'],
    env: { TEST_DATABASE_URL: '' },
    testTimeout: 30_000,
    pool: 'forks',
    reporters,
  },
});
