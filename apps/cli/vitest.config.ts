import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.shared';

export default defineConfig({
  // The tests run the built command as a process, several times each, and seed a database first
  // (a `beforeAll` of several seconds, longer on a busy 2-core CI machine than the 10 s default).
  test: { include: ['test/**/*.test.ts'], reporters, testTimeout: 60_000, hookTimeout: 120_000 },
});
