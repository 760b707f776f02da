import { defineConfig } from 'tsup';

// One output module per source file (no bundling) so that bundlers can drop what a widget does
// not import: the widgets' byte budgets depend on it. Types come from the single index entry.
export default defineConfig({
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Vietnamese text as UTF-8, not \uXXXX escapes: esbuild escapes by default, and a minifier
  // keeps the escapes inside template literals (up to 6 bytes a letter instead of 2 or 3).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
