import { PlanParams } from './params.js';

/** The request of `getPlan`, shared by the full route and its outline form (each in its own module, with its own schema). */
export const planRequest = {
  name: 'getPlan',
  method: 'GET',
  path: '/api/v1/plans/:planId',
  access: 'public',
  params: PlanParams,
} as const;
