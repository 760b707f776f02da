/**
 * @kehoach/mocks/node — the mock API for Node tests (vitest, the server's contract tests, SSR):
 * msw's `setupServer` with the kehoach handlers.
 */
import { type SetupServer, setupServer } from 'msw/node';
import { createHandlers, type MockHandlerOptions } from './handlers/index.js';
import type { MockState } from './handlers/state.js';

/** A started-or-not msw server for Node, and the state it serves. */
export interface MockServer {
  server: SetupServer;
  state: MockState;
}

/**
 * Create (not start) an msw Node server answering every kehoach route. Typical vitest use:
 * @example
 * const { server, state } = setupMockServer({ baseUrl: 'https://api.test' });
 * beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
 * afterEach(() => { server.resetHandlers(); state.reset(); });
 * afterAll(() => server.close());
 * // server.use(...createHandlers({ baseUrl, scenario: 'error', state })) for one test
 */
export function setupMockServer(options: MockHandlerOptions = {}): MockServer {
  const handlers = createHandlers(options);
  return { server: setupServer(...handlers), state: handlers.state };
}

export { createHandlers, type MockHandlerOptions } from './handlers/index.js';
export { createMockState, type MockState } from './handlers/state.js';
