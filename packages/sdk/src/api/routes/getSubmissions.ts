import type { RouteDef } from '../route.js';
import { SubmissionStatusSchema } from '../schemas/submissions.js';
import { PeriodQuery, PlanParams } from './params.js';

/** `getSubmissions`: Who has filed for a year or period. */
export const getSubmissionsRoute = {
  name: 'getSubmissions',
  method: 'GET',
  path: '/api/v1/plans/:planId/submissions',
  access: 'user',
  params: PlanParams,
  query: PeriodQuery,
  response: SubmissionStatusSchema,
} as const satisfies RouteDef;
