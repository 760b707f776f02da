import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

// One server and one Chromium per file, files one after another: the machine has two cores.
// The server runs on a SQLite file here; `pnpm test:pg` (vitest.pg.config.ts) runs the same
// files with the server on PostgreSQL.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TEST_DATABASE_URL: '' },
    reporters,
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
