/**
 * @kehoach/mocks/browser — the mock API in a browser (Storybook, the portal's offline demo):
 * msw's `setupWorker` with the kehoach handlers. The page must serve msw's
 * `mockServiceWorker.js` (msw 2.x) at its root, as the widgets and Storybook already do.
 */
import { type SetupWorker, setupWorker } from 'msw/browser';
import { createHandlers, type MockHandlerOptions } from './handlers/index.js';
import type { MockState } from './handlers/state.js';

/** A browser worker and the state it serves. */
export interface MockWorker {
  worker: SetupWorker;
  state: MockState;
}

/**
 * Create the worker; start it with `await worker.start({ onUnhandledFrame: 'bypass' })`.
 * @example
 * const { worker } = setupMockWorker({ scenario: 'ok', latencyMs: 300 });
 * await worker.start({ onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
 */
export function setupMockWorker(options: MockHandlerOptions = {}): MockWorker {
  const handlers = createHandlers(options);
  return { worker: setupWorker(...handlers), state: handlers.state };
}

export { createHandlers, type MockHandlerOptions } from './handlers/index.js';
export { createMockState, type MockState } from './handlers/state.js';
