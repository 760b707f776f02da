import type { RouteDef } from '../route.js';
import { PlanOutlineSchema } from '../schemas/plans.js';
import { planRequest } from './plan-request.js';

/**
 * `getPlan` for a page that reads only the plan's outline ({@link PlanOutlineSchema}): the same
 * request, a smaller check, and a page's bundle without the whole plan's schema.
 */
export const getPlanOutlineRoute = {
  ...planRequest,
  response: PlanOutlineSchema,
} as const satisfies RouteDef;
