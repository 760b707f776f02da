import { PlanSchema } from '../../schemas/plan.js';
import type { RouteDef } from '../route.js';
import { PlanParams } from './params.js';

/** `getPlan`: A plan as issued. */
export const getPlanRoute = {
  name: 'getPlan',
  method: 'GET',
  path: '/api/v1/plans/:planId',
  access: 'public',
  params: PlanParams,
  response: PlanSchema,
} as const satisfies RouteDef;
