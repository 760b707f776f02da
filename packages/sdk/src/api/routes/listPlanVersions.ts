import * as z from 'zod/mini';
import type { RouteDef } from '../route.js';
import { PlanVersionSchema } from '../schemas/plan-import.js';
import { PlanParams } from './params.js';

/** `listPlanVersions`: the versions of a plan, oldest first. */
export const listPlanVersionsRoute = {
  name: 'listPlanVersions',
  method: 'GET',
  path: '/api/v1/plans/:planId/versions',
  access: 'public',
  params: PlanParams,
  response: z.array(PlanVersionSchema),
} as const satisfies RouteDef;
