import { defineConfig } from 'vitest/config';
import { postgresTestUrl, reportersTo } from '../../vitest.shared';

// `pnpm test:pg`: every test on PostgreSQL (each test database a schema of TEST_DATABASE_URL,
// see test/helpers.ts), plus test/postgres/ (several instances on one database). Without
// TEST_DATABASE_URL the run fails instead of skipping.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The exports' layout does not depend on the engine: LibreOffice runs once, in `test`.
    exclude: ['test/office.test.ts'],
    env: { TEST_DATABASE_URL: postgresTestUrl() },
    testTimeout: 60_000,
    pool: 'forks',
    reporters: reportersTo('vitest-pg.json'),
  },
});
