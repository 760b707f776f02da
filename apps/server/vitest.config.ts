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

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: officeTests ? [] : ['test/office.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    reporters,
  },
});
