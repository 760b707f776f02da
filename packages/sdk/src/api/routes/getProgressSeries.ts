import type { RouteDef } from '../route.js';
import { ProgressQuerySchema, ProgressSeriesResponseSchema } from '../schemas/progress-series.js';
import { PlanParams } from './params.js';

// Its own module (with the request both forms share): a page that calls only this route does not
// bundle the full response's schemas.
/** The request of `getProgress`, shared by the full route and its series-only form. */
export const progressRequest = {
  name: 'getProgress',
  method: 'GET',
  path: '/api/v1/plans/:planId/progress',
  access: 'public',
  params: PlanParams,
  query: ProgressQuerySchema,
  conditional: true,
} as const;

/**
 * `getProgress` for a client that reads only each measure's series
 * ({@link ProgressSeriesResponseSchema}): the same request, a smaller response check, and a
 * page's bundle without the assessments' schemas.
 */
export const getProgressSeriesRoute = {
  ...progressRequest,
  response: ProgressSeriesResponseSchema,
} as const satisfies RouteDef;
