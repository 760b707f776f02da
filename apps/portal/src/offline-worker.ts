/**
 * The mock API of the offline demo (loaded by `offline.ts` only in offline mode): the
 * @kehoach/mocks handlers in msw's service worker, on the demo's data and clock.
 *
 * The handlers' state lives in this page; it is kept in sessionStorage after every change, so a
 * report saved or submitted on one page is there on the next (and for the reviewer after signing
 * in again), until the tab is closed or the demo is reset.
 */
import { createMockState, demo, type MockState } from '@kehoach/mocks';
import { setupMockWorker } from '@kehoach/mocks/browser';
import type { OfflineMode } from './offline.js';

const STATE_KEY = 'kehoach.offline.state';
const VERSION = 1;

/** The parts of the state the API changes; the rest (plan, catalog, registry, users) is rebuilt. */
interface Saved {
  v: number;
  reports: MockState['reports'];
  observations: MockState['observations'];
  tokens: [string, string][];
  idempotency: [string, MockState['idempotency'] extends Map<string, infer V> ? V : never][];
  offlineUsed: boolean;
  seq: number;
}

function restore(state: MockState): void {
  try {
    const raw = sessionStorage.getItem(STATE_KEY);
    if (!raw) return;
    const s = JSON.parse(raw) as Saved;
    if (s.v !== VERSION) return;
    state.reports = s.reports;
    state.observations = s.observations;
    state.tokens = new Map(s.tokens);
    state.idempotency = new Map(s.idempotency);
    state.offlineUsed = s.offlineUsed;
    state.seq = s.seq;
  } catch {
    // unreadable: start from the demo data
  }
}

function save(state: MockState): void {
  const s: Saved = {
    v: VERSION,
    reports: state.reports,
    observations: state.observations,
    tokens: [...state.tokens],
    idempotency: [...state.idempotency],
    offlineUsed: state.offlineUsed,
    seq: state.seq,
  };
  try {
    sessionStorage.setItem(STATE_KEY, JSON.stringify(s));
  } catch {
    // storage full or disabled: this page still works, the next starts from the demo data
  }
}

export async function startMockApi(): Promise<OfflineMode> {
  const state = createMockState();
  restore(state);
  // Same-origin `/api/v1/...` (baseUrl ''), the demo's clock (28 Nov 2026, before the due date).
  const { worker } = setupMockWorker({ state, clock: demo.now, latencyMs: 120 });
  worker.events.on('response:mocked', ({ request }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') save(state);
  });
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  return {
    now: demo.now,
    year: demo.year,
    reset() {
      try {
        sessionStorage.removeItem(STATE_KEY);
      } catch {
        // nothing kept
      }
    },
  };
}
