import { PlanSchema } from '../../schemas/plan.js';
import type { RouteDef } from '../route.js';
import { planRequest } from './plan-request.js';

/** `getPlan`: A plan as issued. */
export const getPlanRoute = {
  ...planRequest,
  response: PlanSchema,
} as const satisfies RouteDef;
