import * as z from 'zod/mini';
import type { RouteDef } from '../route.js';
import { PlanSummarySchema } from '../schemas/plans.js';

/** `listPlans`: List plans. */
export const listPlansRoute = {
  name: 'listPlans',
  method: 'GET',
  path: '/api/v1/plans',
  access: 'public',
  response: z.array(PlanSummarySchema),
} as const satisfies RouteDef;
