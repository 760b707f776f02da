import { defineConfig } from 'vitest/config';
import { postgresTestUrl, reportersTo } from '../../vitest.shared';
import base from './vitest.config';

// `pnpm test:pg`: the files that start the server (src/stack.ts), with it on a new schema of
// TEST_DATABASE_URL; the offline demo has no server and runs once, in `pnpm test`. Without
// TEST_DATABASE_URL the run fails instead of skipping.
export default defineConfig({
  test: {
    ...base.test,
    exclude: ['test/offline.test.ts'],
    env: { TEST_DATABASE_URL: postgresTestUrl() },
    reporters: reportersTo('vitest-pg.json'),
  },
});
