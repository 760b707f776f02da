import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared.ts';

export default defineConfig({
  // Packing, installing a consumer project and type-checking it take tens of seconds.
  test: { include: ['test/**/*.test.ts'], reporters, testTimeout: 300_000, hookTimeout: 300_000 },
});
