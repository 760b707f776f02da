/**
 * The kehoach API answered in this page by @kehoach/mocks (msw's service worker): illustrative
 * demo data and accounts, so the example runs with no server. A real app points `apiBase` at a
 * kehoach server instead and drops this file.
 */
import { demo } from '@kehoach/mocks';
import { setupMockWorker } from '@kehoach/mocks/browser';

/** The demo account of an agency whose report for the demo year is still a draft. */
export function demoReporter(): { username: string; password: string } {
  const draft = demo.reports.find((r) => r.year === demo.year && r.status === 'draft');
  const user = demo.users.find((u) => u.role === 'reporter' && u.agencyId === draft?.agencyId);
  if (!user) throw new Error('the demo data has no reporter with a draft');
  return { username: user.username, password: user.password };
}

export async function startMockApi(): Promise<void> {
  // Same-origin `/api/v1/…`, on the demo's clock (before the due date).
  const { worker } = setupMockWorker({ clock: demo.now, latencyMs: 50 });
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
}

export const demoPlan = { planId: demo.plan.id, year: demo.year, now: demo.now };
