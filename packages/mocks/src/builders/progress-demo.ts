import { buildProgressResponse, type ProgressResponse } from '@kehoach/sdk';
import { demo } from '../fixtures/demo.js';

/** Options of {@link buildProgress}. */
export interface BuildProgressOptions {
  /** Assessment year; default the demo year (2026). */
  year?: number;
  /** Unit, e.g. `lam-dong`, `dak-nong`, `lam-dong.xa-minh-hoa-01`; default the plan's unit today. */
  unitId?: string;
  /** "Today"; default the demo's. */
  now?: Date | string;
}

/**
 * The demo's `getProgress` body (ProgressResponse) for a year and unit, computed from the
 * illustrative observations with the sdk's aggregation and `assessProgress`. A unit that is not
 * in the demo registry gets empty series (the handlers answer 404 for it instead).
 */
export function buildProgress(options: BuildProgressOptions = {}): ProgressResponse {
  const now = options.now ?? demo.now;
  return buildProgressResponse({
    plan: demo.plan,
    catalog: demo.catalog,
    registry: demo.registry,
    observations: demo.observations,
    year: options.year ?? demo.year,
    unitId: options.unitId,
    now: typeof now === 'string' ? new Date(now) : now,
  });
}
