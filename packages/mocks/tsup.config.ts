import { defineConfig } from 'tsup';

// One output module per source file (no bundling), like @kehoach/sdk: a story that imports only
// the fixtures does not pull in msw, and the Node and browser entries stay separate.
export default defineConfig({
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts'] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
