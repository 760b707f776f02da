import { vi } from 'vitest';

export const API = 'https://api.kehoach.test';

/**
 * A fixture server in the page: answers the sdk client's `fetch` calls under {@link API} from a
 * map of `path?query` → JSON body (or a function giving a Response), 404 otherwise. Returns
 * the spy, whose calls hold each request's URL and headers.
 */
export function fakeApi(routes: Record<string, unknown | (() => Response)>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL(String(input));
    const body = routes[url.pathname + url.search] ?? routes[url.pathname];
    if (typeof body === 'function') return (body as () => Response)();
    if (body === undefined) return new Response('{}', { status: 404 });
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
}

export const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** Pasted markup that must show as text, never become an element. */
export const XSS = '<img src=x onerror="window.__pwned=1">';
