/**
 * A throw-away HTTP server for pages a portal would serve: fixed files, each answer carrying
 * the given Content-Security-Policy (a file:// page cannot carry the header). Used by the
 * example page (scripts/example-server.ts) and the bundle tests under a strict CSP
 * (test/csp, autoloader, embedding, host-page). Listens on 127.0.0.1, port 0 unless told.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a portal with no inline script, no inline style and no eval sends. */
export const STRICT_CSP = "default-src 'self'";

/** Content type and body (or a function giving it, read at each request) of each path. */
export type Files = Record<string, [type: string, body: string | (() => string)]>;

export interface FileServer {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every path asked for, in order (query strings included). */
  requested: string[];
  close(): Promise<void>;
}

export async function serveFiles(
  files: Files,
  options: { csp?: string; port?: number; redirects?: Record<string, string> } = {},
): Promise<FileServer> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const to = options.redirects?.[path];
    if (to) {
      res.writeHead(302, { location: to }).end();
      return;
    }
    const file = files[path];
    res.writeHead(file ? 200 : 404, {
      'content-type': file?.[0] ?? 'text/plain',
      'content-security-policy': options.csp ?? STRICT_CSP,
      'cache-control': 'no-store',
    });
    const body = file?.[1];
    res.end(body === undefined ? 'not found' : typeof body === 'function' ? body() : body);
  });
  await new Promise<void>((r) => server.listen(options.port ?? 0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
