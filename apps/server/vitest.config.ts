import { spawnSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

/**
 * The LibreOffice check of the exports (test/office.test.ts) needs `soffice`. Without it a
 * developer's run leaves the file out; CI (CI=true) always runs it, so a missing LibreOffice fails
 * there instead of passing unseen. `node scripts/office.mjs` installs it.
 */
const hasSoffice =
  Boolean(process.env.SOFFICE_PATH) ||
  spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { stdio: 'ignore' }).status === 0;
const officeTests = hasSoffice || process.env.CI === 'true';

// The default run is on in-memory SQLite, whatever TEST_DATABASE_URL says; the PostgreSQL run
// (the same files plus test/postgres/) is `pnpm test:pg`, with vitest.pg.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: officeTests ? ['test/postgres/**'] : ['test/postgres/**', 'test/office.test.ts'],
    env: { TEST_DATABASE_URL: '' },
    testTimeout: 30_000,
    pool: 'forks',
    reporters,
  },
});
