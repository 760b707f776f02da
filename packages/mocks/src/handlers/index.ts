import type { HttpHandler } from 'msw';
import { demo } from '../fixtures/demo.js';
import { authHandlers } from './auth.js';
import { observationHandlers } from './observations.js';
import { planHandlers } from './plans.js';
import { readHandlers } from './reads.js';
import { reportHandlers } from './reports.js';
import { reviewHandlers } from './review.js';
import { type HandlerContext, notFoundFallback, type Scenario } from './route.js';
import { createMockState, type MockState } from './state.js';

/** Options of {@link createHandlers}. */
export interface MockHandlerOptions {
  /**
   * Origin and prefix the API is served under, as given to the sdk's `createClient`
   * (e.g. `https://kehoach.example`). Default `''`: the `/api/v1/...` paths on any origin.
   */
  baseUrl?: string;
  /** The in-memory state to serve and change; default a fresh `createMockState()`. */
  state?: MockState;
  /** Delay of every answer in milliseconds (scenario `ok`); default 0. */
  latencyMs?: number;
  /** "Today": a function, a Date or an ISO string; default the demo's, 2026-11-28 09:00 +07:00. */
  clock?: (() => Date) | Date | string;
  /**
   * - `ok` (default): the demo data;
   * - `empty`: no observations and no reports (when no `state` is passed);
   * - `error`: every route answers 500 in the ApiError shape;
   * - `slow`: every answer waits `slowMs` (default forever: loading states);
   * - `offline-once`: the first submit is applied but its answer is lost (a network error), so
   *   a retry with the same Idempotency-Key gets the first result and no second report.
   */
  scenario?: Scenario;
  /** Delay of the `slow` scenario; default `'infinite'`. */
  slowMs?: number | 'infinite';
}

/** The handlers, with the state they serve (reset it between tests or stories). */
export type MockHandlers = HttpHandler[] & { state: MockState };

function toClock(clock: MockHandlerOptions['clock']): () => Date {
  if (typeof clock === 'function') return clock;
  const fixed = new Date(clock ?? demo.now);
  if (Number.isNaN(fixed.getTime())) throw new RangeError(`Invalid clock: ${String(clock)}`);
  return () => new Date(fixed.getTime());
}

/**
 * MSW 2 request handlers for every route of the sdk's `routes`, stateful in memory and faithful
 * to the reference server: auth (401/403), validation with the routes' schemas (400 with
 * bilingual field errors from `toFieldErrors`), 404s, If-Match/ETag (412/428), Idempotency-Key,
 * review steps and submission status computed with the sdk. Other `/api/v1` paths answer 404.
 * @example
 * const handlers = createHandlers({ baseUrl: 'https://api.test', scenario: 'offline-once' });
 * const server = setupServer(...handlers); // msw/node
 * handlers.state.reset();
 */
export function createHandlers(options: MockHandlerOptions = {}): MockHandlers {
  const scenario = options.scenario ?? 'ok';
  const ctx: HandlerContext = {
    state: options.state ?? createMockState({ empty: scenario === 'empty' }),
    scenario,
    baseUrl: options.baseUrl ?? '',
    latencyMs: options.latencyMs ?? 0,
    slowMs: options.slowMs ?? 'infinite',
    now: toClock(options.clock),
  };
  const handlers = [
    ...authHandlers(ctx),
    ...readHandlers(ctx),
    ...observationHandlers(ctx),
    ...planHandlers(ctx),
    ...reportHandlers(ctx),
    ...reviewHandlers(ctx),
    notFoundFallback(ctx),
  ];
  return Object.assign(handlers, { state: ctx.state });
}

export type { Scenario };
