import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/**
 * Stand-in for the server's portal hosting, used only when the server does not serve the portal
 * itself (no `PORTAL_DIR` support yet): static files of the built portal with the headers the
 * server is asked to send (see apps/portal/README.md), and `/api/*` proxied to the real server.
 */
export const PORTAL_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `portalDir` with the portal's headers. With `apiOrigin`, `/api/*` is proxied there; with
 * `null` (a plain static host, as for the offline demo) `/api/*` answers 404 and each such request
 * is recorded in `apiHits`.
 */
export function startFront(
  portalDir: string,
  apiOrigin: string | null,
  port: number,
  apiHits: string[] = [],
): Promise<Server> {
  const api = apiOrigin ? new URL(apiOrigin) : null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/') && !api) {
      apiHits.push(`${req.method} ${url.pathname}`);
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...PORTAL_HEADERS })
        .end('No API here');
      return;
    }
    if (url.pathname.startsWith('/api/') && api) {
      const upstream = request(
        {
          host: api.hostname,
          port: api.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: api.host },
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(portalDir, path));
    if (!file.startsWith(normalize(portalDir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...PORTAL_HEADERS }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...PORTAL_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
