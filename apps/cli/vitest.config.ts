import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

export default defineConfig({
  // The users tests run the built command as a process, several times each.
  test: { include: ['test/**/*.test.ts'], reporters, testTimeout: 60_000 },
});
