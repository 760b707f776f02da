import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * msw's service worker at `/mockServiceWorker.js` (its scope must be the page's), from the msw
 * version the mocks use, in dev and in the build: the page's API is answered in the browser by
 * @kehoach/mocks (src/mock-api.ts). The portal's offline demo serves it the same way.
 */
function mockServiceWorker(): Plugin {
  const file = () => readFileSync(require.resolve('msw/mockServiceWorker.js'));
  return {
    name: 'example:mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(file());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: file() });
    },
  };
}

/**
 * A plain Vite app. JSX is compiled by Vite's own transform with React's automatic runtime, so
 * the example needs no React plugin (add @vitejs/plugin-react for Fast Refresh in development).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [mockServiceWorker()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { target: 'es2022' },
});
