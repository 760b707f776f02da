import type { RouteDef } from '../route.js';
import {
  ProgressOutlineResponseSchema,
  ProgressQuerySchema,
  ProgressResponseSchema,
  ProgressSeriesResponseSchema,
} from '../schemas/progress.js';
import { PlanParams } from './params.js';

/** The request of `getProgress`, shared by the full route and its series-only form. */
const progressRequest = {
  name: 'getProgress',
  method: 'GET',
  path: '/api/v1/plans/:planId/progress',
  access: 'public',
  params: PlanParams,
  query: ProgressQuerySchema,
  conditional: true,
} as const;

/** `getProgress`: Progress of every measure by year and unit. */
export const getProgressRoute = {
  ...progressRequest,
  response: ProgressResponseSchema,
} as const satisfies RouteDef;

/**
 * `getProgress` for a client that reads only each measure's series
 * ({@link ProgressSeriesResponseSchema}): the same request, a smaller response check, and a
 * page's bundle without the assessments' schemas.
 */
export const getProgressSeriesRoute = {
  ...progressRequest,
  response: ProgressSeriesResponseSchema,
} as const satisfies RouteDef;

/**
 * `getProgress` for a page that reads what a progress table shows
 * ({@link ProgressOutlineResponseSchema}: the dashboard): the same request, a smaller check.
 */
export const getProgressOutlineRoute = {
  ...progressRequest,
  response: ProgressOutlineResponseSchema,
} as const satisfies RouteDef;
