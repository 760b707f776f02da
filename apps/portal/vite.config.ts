import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { loadSiteConfig } from './site.config.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
/** The site this build is for: `KEHOACH_SITE` names its JSON file (see README); the demo's without it. */
const site = loadSiteConfig(process.env.KEHOACH_SITE);

/** The pages of the portal; the key is what `data-page` and the menu use. */
const pages = {
  progress: 'index.html',
  login: 'login.html',
  report: 'report.html',
  review: 'review.html',
} as const;

/**
 * The policy the portal is built for. The server sends it as a header too (see README); the meta
 * element keeps the built files honest when they are served by something else. Only in builds:
 * the dev server injects inline styles for hot reload.
 */
export const CSP = "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'";

/**
 * Where the widgets' self-contained script-tag file is, as a portal installing the npm package
 * finds it. `KEHOACH_WIDGETS_FILE` points at another build of it (e.g. a release to test).
 */
function widgetsFile(): string {
  return process.env.KEHOACH_WIDGETS_FILE || require.resolve('@kehoach/widgets/kehoach-widgets.js');
}

/**
 * Serves `/vendor/kehoach-widgets.js` in dev and copies it into `dist/vendor/` in builds: the
 * portal loads the widgets exactly as a provincial portal would, with one script tag.
 */
function widgetsScript(): Plugin {
  return {
    name: 'kehoach-widgets-script',
    configureServer(server) {
      server.middlewares.use('/vendor/kehoach-widgets.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(widgetsFile()));
      });
    },
    generateBundle() {
      const file = widgetsFile();
      if (!existsSync(file)) this.error(`${file} is missing: build @kehoach/widgets first`);
      this.emitFile({ type: 'asset', fileName: 'vendor/kehoach-widgets.js', source: readFileSync(file) });
    },
  };
}

/**
 * msw's service worker for the offline demo (`src/offline.ts`), served at `/mockServiceWorker.js`
 * from the msw version the mocks use, in dev and in builds: a script from 'self', so the offline
 * demo runs under the same CSP. Inert unless a page starts it.
 */
function mockServiceWorker(): Plugin {
  const file = () => require.resolve('msw/mockServiceWorker.js');
  return {
    name: 'kehoach-mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(file()));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(file()) });
    },
  };
}

/** Configured texts go into the pages as text, never as markup. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The configured emblem, served at `/<emblem>` in dev and emitted into builds (the demo's own is
 * in `public/`, which Vite copies as it is).
 */
function siteEmblem(): Plugin {
  const demo = site.emblemFile.endsWith('/public/emblem.svg');
  return {
    name: 'kehoach-site-emblem',
    configureServer(server) {
      if (demo) return;
      server.middlewares.use(`/${site.texts.emblem}`, (_req, res) => {
        res.setHeader('Content-Type', site.texts.emblem.endsWith('.png') ? 'image/png' : 'image/svg+xml');
        res.end(readFileSync(site.emblemFile));
      });
    },
    generateBundle() {
      if (!demo)
        this.emitFile({ type: 'asset', fileName: site.texts.emblem, source: readFileSync(site.emblemFile) });
    },
  };
}

/**
 * Shared header and footer from `partials/`, the site's name, owner and emblem from `site.config.ts`, the
 * current page marked in the menu (`aria-current="page"`), and in builds the CSP meta element.
 */
function layout(): Plugin {
  let isBuild = false;
  return {
    name: 'kehoach-portal-layout',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const file = ctx.filename.slice(ctx.filename.lastIndexOf('/') + 1);
        const page = Object.entries(pages).find(([, f]) => f === file)?.[0] ?? '';
        let out = html.replace(/<!--#include (\w+)-->/g, (_, name: string) =>
          readFileSync(`${here}partials/${name}.html`, 'utf8'),
        );
        out = out
          .replaceAll('%SITE_NAME%', escapeHtml(site.texts.name.vi))
          .replaceAll('%SITE_OWNER%', escapeHtml(site.texts.owner.vi))
          .replaceAll('%SITE_EMBLEM%', site.texts.emblem)
          .replace(new RegExp(`(<a [^>]*data-page="${page}")`), '$1 aria-current="page"');
        if (isBuild)
          out = out.replace(
            '<meta charset="utf-8">',
            `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${CSP}">`,
          );
        return out;
      },
    },
  };
}

/**
 * `vite build --mode offline` (`pnpm build:offline`) builds the offline demo into `dist-offline/`:
 * `.env.offline` sets `VITE_KEHOACH_OFFLINE=1`, so every page runs on the mock API (see
 * `src/offline.ts`) and the files can be put on any static host.
 */
export default defineConfig(({ mode }) => ({
  root: here,
  appType: 'mpa',
  plugins: [layout(), siteEmblem(), widgetsScript(), mockServiceWorker()],
  define: { __KEHOACH_SITE__: JSON.stringify(site.texts) },
  build: {
    target: 'es2022',
    outDir: mode === 'offline' ? 'dist-offline' : 'dist',
    emptyOutDir: true,
    // No data: URLs (CSP `default-src 'self'` refuses them): every asset is a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(Object.entries(pages).map(([k, f]) => [k, `${here}${f}`])),
    },
  },
  server: {
    port: 5175,
    proxy: { '/api': process.env.KEHOACH_API ?? 'http://127.0.0.1:8787' },
  },
  preview: {
    port: 4175,
    proxy: { '/api': process.env.KEHOACH_API ?? 'http://127.0.0.1:8787' },
    headers: { 'Content-Security-Policy': CSP },
  },
}));
