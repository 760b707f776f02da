import type { RouteDef } from '../route.js';
import { SubmissionStatusSchema } from '../schemas/submissions.js';
import { PlanParams, YearQuery } from './params.js';

/** `getSubmissions`: Who has filed for a year. */
export const getSubmissionsRoute = {
  name: 'getSubmissions',
  method: 'GET',
  path: '/api/v1/plans/:planId/submissions',
  access: 'user',
  params: PlanParams,
  query: YearQuery,
  response: SubmissionStatusSchema,
} as const satisfies RouteDef;
