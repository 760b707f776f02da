import { getResponse, type RequestHandler } from 'msw';

/**
 * A `fetch` answered by the handlers in memory, without a service worker or an interceptor, for
 * tests that hand a `fetch` to what they test (or spy on `globalThis.fetch`). Relative URLs
 * resolve against the page's address (or `http://localhost` outside a browser). A network error
 * (`HttpResponse.error()`, e.g. the `offline-once` scenario) and a request no handler matches
 * reject with a TypeError, as a real `fetch` does when the connection drops.
 */
export function createMockFetch(handlers: readonly RequestHandler[]): typeof globalThis.fetch {
  const base = globalThis.location?.href ?? 'http://localhost/';
  return async (input, init) => {
    const request =
      input instanceof Request && !init
        ? input
        : new Request(new URL(String(input instanceof Request ? input.url : input), base), init);
    const response = await getResponse(handlers as RequestHandler[], request);
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
