import { createOpenApiDocument } from '@kehoach/sdk';
import type { Hono } from 'hono';
import type { AppEnv, Services } from '../context.js';
import { DOCS_HTML, DOCS_JS } from './page.js';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function docsRoutes(app: Hono<AppEnv>, _s: Services): void {
  let doc: string | null = null;
  app.get('/api/openapi.json', (c) => {
    doc ??= JSON.stringify(createOpenApiDocument({ servers: [{ url: '/', description: 'This server' }] }));
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(doc);
  });
  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(DOCS_HTML);
  });
  app.get('/api/docs/app.js', (c) => {
    c.header('Content-Security-Policy', CSP);
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(DOCS_JS);
  });
}
