/**
 * Serves a built portal (`PORTAL_DIR`, e.g. apps/portal/dist) from the API's own origin, so the
 * portal's pages call `/api/…` without CORS and run under a strict Content-Security-Policy.
 * The API keeps its routes under `/api`; everything else is a file of the portal.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../context.js';
import { HttpError } from './errors.js';

/** Sent with every HTML page of the portal. */
export const PORTAL_CSP =
  "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'self'";

export const REFERRER_POLICY = 'same-origin';

/** Vite's content-hashed file names (`report-4P2tLbF3.js`): cached for a year, never revalidated. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Check that `dir` holds a built portal; returns its real absolute path. */
export function checkPortalDir(dir: string): string {
  const abs = resolve(dir);
  if (!existsSync(join(abs, 'index.html')) || !statSync(abs).isDirectory())
    throw new Error(
      `PORTAL_DIR ${abs} không có index.html: hãy build portal trước (pnpm --filter @kehoach/portal build). — ` +
        `PORTAL_DIR ${abs} has no index.html: build the portal first (pnpm --filter @kehoach/portal build).`,
    );
  return realpathSync(abs);
}

/**
 * The path's segments, percent-decoded, or null when any could leave the directory or name a
 * hidden file: `..`, `.`, a segment holding `/`, `\`, `:` or NUL once decoded (`%2e%2e`,
 * `%2f`, `..%5c`), or starting with a dot. Empty segments (`//`) are dropped, so `//etc/passwd`
 * is `etc/passwd` inside the portal.
 */
export function safeSegments(pathname: string): string[] | null {
  const out: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg.startsWith('.') || /[/\\:\0]/.test(seg)) return null;
    out.push(seg);
  }
  return out;
}

interface Found {
  file: string;
  size: number;
  mtimeMs: number;
}

async function fileAt(root: string, segments: string[]): Promise<Found | null> {
  const file = resolve(root, ...segments);
  // Belt and braces: the resolved path and, through symlinks, the real one stay in the root.
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const st = await stat(file);
    if (!st.isFile()) return null;
    const real = realpathSync(file);
    if (!real.startsWith(root + sep)) return null;
    return { file: real, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
}

async function isDir(root: string, segments: string[]): Promise<boolean> {
  try {
    return (await stat(resolve(root, ...segments))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file for a request path: the file itself; `dir/` → `dir/index.html`; `/report` →
 * `report.html`; null when there is none.
 */
async function lookup(root: string, pathname: string): Promise<Found | null | 'forbidden'> {
  const segments = safeSegments(pathname);
  if (segments === null) return 'forbidden';
  if (pathname.endsWith('/') || segments.length === 0 || (await isDir(root, segments)))
    return fileAt(root, [...segments, 'index.html']);
  const direct = await fileAt(root, segments);
  if (direct) return direct;
  const last = segments[segments.length - 1]!;
  if (extname(last) === '') return fileAt(root, [...segments.slice(0, -1), `${last}.html`]);
  return null;
}

/** On every portal response (what matters is HTML; on the rest it costs nothing). */
function securityHeaders(c: Context<AppEnv>): void {
  c.header('Content-Security-Policy', PORTAL_CSP);
  c.header('Referrer-Policy', REFERRER_POLICY);
  c.header('X-Frame-Options', 'SAMEORIGIN');
}

/**
 * Headers of a portal file once Hono's `serveStatic` has found it: a weak ETag from size and
 * modification time (checked against If-None-Match by `hono/etag`), the cache policy, and the
 * security headers. Content types are Hono's (`hono/utils/mime`).
 */
function portalHeaders(c: Context<AppEnv>, found: Found, urlPath: string): void {
  const html = extname(found.file).toLowerCase() === '.html';
  securityHeaders(c);
  c.header('ETag', `W/"${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}"`);
  c.header(
    'Cache-Control',
    !html && HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** The app's JSON 404, as for any unknown route (never a hint about the file system). */
function notFound(): never {
  throw new HttpError('not_found');
}

/**
 * Serve the built portal in `dir` for GET and HEAD outside `/api` (call after `createApp`, so
 * every API route and middleware stays as it is). A page that does not exist (a path without an
 * extension) gets the portal's `404.html` if it has one, else its home page `index.html`, with
 * status 404; a missing file with an extension (a script, an image) and any path that could leave
 * the directory get the app's JSON 404.
 * @throws {Error} (bilingual) when `dir` has no index.html.
 */
export function mountPortal(app: Hono<AppEnv>, dir: string): void {
  const root = checkPortalDir(dir);
  /** The file chosen below, relative to the root: `serveStatic` serves exactly that file. */
  const chosen = new WeakMap<Request, string>();
  const serve = serveStatic({
    root,
    // Our own lookup has already decoded and checked every segment (see `safeSegments`).
    allowPercentInPath: true,
    rewriteRequestPath: (_path, c) => chosen.get(c.req.raw) ?? '/index.html',
  });
  const validate = etag();
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const pathname = new URL(c.req.url).pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return next();
    const found = await lookup(root, pathname);
    if (found === 'forbidden') notFound();
    let page: Found | null = found;
    if (!page) {
      const segments = safeSegments(pathname) ?? [];
      if (extname(segments[segments.length - 1] ?? '') !== '') notFound();
      page = (await fileAt(root, ['404.html'])) ?? (await fileAt(root, ['index.html']));
      if (!page) notFound();
      // A page that does not exist: the fallback page, never cached, with status 404.
      securityHeaders(c);
      c.header('Cache-Control', 'no-cache');
      chosen.set(c.req.raw, `/${relative(root, page.file).split(sep).join('/')}`);
      const res = await serve(c, next);
      if (!res) notFound();
      return new Response(res.body, { status: 404, headers: res.headers });
    }
    const file = page;
    chosen.set(c.req.raw, `/${relative(root, file.file).split(sep).join('/')}`);
    await validate(c, async () => {
      portalHeaders(c, file, pathname);
      const res = await serve(c, next);
      if (res) c.res = res;
    });
    return c.res;
  });
}
