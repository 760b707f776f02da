/**
 * Autoloader (tải theo nhu cầu): a small module script that loads only the elements present on
 * the page, as Shoelace's does: `<script type="module" src="…/kehoach-autoloader.js">`. The
 * first time a known `kh-*` tag appears in the document, at load or later (a MutationObserver
 * watches for added elements), it imports `autoload/<tag>.js` relative to its own URL: that
 * element's registration module bundled with lit, the sdk and zod, the same code a page gets
 * from `define/<tag>.js` through a bundler. No inline script, no eval: it works under
 * `Content-Security-Policy: default-src 'self'`. Elements inside another component's shadow
 * root are not seen; load their `autoload/<tag>.js` with a script tag instead.
 */
const tags = [
  'indicator-card',
  'progress-dashboard',
  'report-form',
  'submission-tracker',
  'task-tracker',
].map((t) => `kh-${t}`);
// The directory of this script, written so that Vite does not take it for an asset to bundle.
const base = import.meta.url.replace(/[^/]*$/, '');
const started = new Set<string>();

/** Starts loading every known element found in or at `root`, once per tag. */
function scan(root: Element | Document): void {
  for (const tag of tags)
    if (!started.has(tag) && ((root as Element).localName === tag || root.querySelector(tag))) {
      started.add(tag);
      import(`${base}autoload/${tag}.js`).catch((error: unknown) => {
        // A failed load (offline) is tried again when another element of that tag is added;
        // the error still reaches the console as an unhandled rejection.
        started.delete(tag);
        throw error;
      });
    }
}

scan(document);
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
}).observe(document.documentElement, { childList: true, subtree: true });
