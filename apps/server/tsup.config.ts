import { defineConfig } from 'tsup';

// The server as an operator runs it: plain JavaScript in dist/, started with `node dist/main.js`
// (no TypeScript loader in production). Dependencies, the workspace packages included, stay
// imports resolved from node_modules at run time (tsup leaves everything in package.json
// `dependencies` external), so dist/ holds only the server's own code. `operator` is what the
// `kehoach` command (@kehoach/cli) imports as `@kehoach/server/operator`.
export default defineConfig({
  entry: { main: 'src/main.ts', cli: 'src/cli.ts', operator: 'src/operator/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  splitting: true,
  dts: false,
});
