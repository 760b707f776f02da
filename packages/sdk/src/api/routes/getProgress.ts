import type { RouteDef } from '../route.js';
import { ProgressQuerySchema, ProgressResponseSchema } from '../schemas/progress.js';
import { PlanParams } from './params.js';

/** `getProgress`: Progress of every measure by year and unit. */
export const getProgressRoute = {
  name: 'getProgress',
  method: 'GET',
  path: '/api/v1/plans/:planId/progress',
  access: 'public',
  params: PlanParams,
  query: ProgressQuerySchema,
  response: ProgressResponseSchema,
  conditional: true,
} as const satisfies RouteDef;
