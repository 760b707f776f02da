/**
 * Serves examples/embedding.html the way a portal would lay it out: the page, and a `kehoach/`
 * folder next to it holding the script-tag bundle and the dashboard snapshot from
 * `@kehoach/mocks`. Every answer carries the given Content-Security-Policy (default
 * `default-src 'self'`), which a file:// page cannot. test/embedding.test.ts uses it;
 * `pnpm --filter @kehoach/widgets example` runs it to look at the page (PORT, default 4178).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, serveFiles } from './serve-files.js';
import { bundleCode } from './size.js';

export { STRICT_CSP } from './serve-files.js';
export const examplePage = fileURLToPath(new URL('../examples/embedding.html', import.meta.url));
export const dashboardSnapshot = fileURLToPath(
  new URL('../../mocks/snapshots/progress-dashboard.json', import.meta.url),
);

export interface ExampleServer {
  server: Server;
  /** Address of the example page, e.g. `http://127.0.0.1:4178/embedding.html`. */
  url: string;
  close(): Promise<void>;
}

export async function serveExample(options: {
  /** The script-tag bundle's code; built in memory (`bundleCode`) so no earlier build is needed. */
  bundle: string;
  csp?: string;
  port?: number;
}): Promise<ExampleServer> {
  const site = await serveFiles(
    {
      '/embedding.html': ['text/html; charset=utf-8', () => readFileSync(examplePage, 'utf8')],
      '/kehoach/kehoach-widgets.js': ['text/javascript; charset=utf-8', options.bundle],
      '/kehoach/progress-dashboard.json': ['application/json', () => readFileSync(dashboardSnapshot, 'utf8')],
      '/favicon.ico': ['image/x-icon', ''],
    },
    { csp: options.csp ?? STRICT_CSP, port: options.port, redirects: { '/': '/embedding.html' } },
  );
  return { server: site.server, url: `${site.origin}/embedding.html`, close: site.close };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bundle = await bundleCode('src/kehoach-widgets.ts', 'iife');
  const { url } = await serveExample({ bundle, port: Number(process.env.PORT ?? 4178) });
  console.log(`example page under ${STRICT_CSP}: ${url}`);
}
