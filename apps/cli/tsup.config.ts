import { defineConfig } from 'tsup';

// `kehoach` as an operator runs it: plain JavaScript (no TypeScript loader), dependencies —
// the server's operator services among them — imported from node_modules at run time.
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  clean: true,
  dts: false,
  banner: { js: '#!/usr/bin/env node' },
});
