/**
 * Offline demo mode: the portal with no server. The API is answered in the browser by the
 * @kehoach/mocks handlers through msw's service worker (`/mockServiceWorker.js`, copied from msw at
 * build time, so it comes from 'self' under a strict CSP), with the deterministic, illustrative demo
 * data, and the page says so on screen.
 *
 * On when the portal is built with `VITE_KEHOACH_OFFLINE=1` (`pnpm build:offline`), or asked for
 * with `?offline=1` (kept for this tab in sessionStorage, so the menu's links stay offline;
 * `?offline=0` turns it off again). The mocks are loaded only then: a normal page never downloads
 * them.
 */

const FLAG = 'kehoach.offline';

/** Built as the offline demo: always offline. */
export const OFFLINE_BUILD = import.meta.env.VITE_KEHOACH_OFFLINE === '1';

/** Whether this page runs on the mock API (reads `?offline=` and remembers it for the tab). */
export function offlineRequested(search = location.search): boolean {
  if (OFFLINE_BUILD) return true;
  const asked = new URLSearchParams(search).get('offline');
  try {
    if (asked === '1') sessionStorage.setItem(FLAG, '1');
    else if (asked === '0') sessionStorage.removeItem(FLAG);
    return sessionStorage.getItem(FLAG) === '1';
  } catch {
    return asked === '1';
  }
}

/** What the rest of the portal needs from the offline mode once it runs. */
export interface OfflineMode {
  /** The demo's "today" (ISO), used instead of the clock: the demo data are set on that day. */
  now: string;
  /** The year the demo reports are filed for. */
  year: number;
  /** Forget what was saved, submitted, returned or accepted in this tab, and start again. */
  reset(): void;
}

/**
 * Starts the mock API when offline mode is on, before the page makes any request; `null` when it
 * is off (then a mock worker left registered by an earlier offline visit is removed).
 */
export async function startOfflineMode(): Promise<OfflineMode | null> {
  if (!offlineRequested()) {
    void unregisterMockWorker();
    return null;
  }
  const { startMockApi } = await import('./offline-worker.js');
  return startMockApi();
}

async function unregisterMockWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    for (const reg of await navigator.serviceWorker.getRegistrations())
      if (reg.active?.scriptURL.endsWith('/mockServiceWorker.js')) await reg.unregister();
  } catch {
    // nothing registered, or storage disabled
  }
}
