import type { RouteDef } from '../route.js';
import { ReturnedVersionSchema } from '../schemas/review.js';
import { ReportParams } from './params.js';

/** `getReturnedVersion`: The content of a report as it was when last returned (404 if never returned). */
export const getReturnedVersionRoute = {
  name: 'getReturnedVersion',
  method: 'GET',
  path: '/api/v1/reports/:reportId/returned',
  access: 'user',
  params: ReportParams,
  response: ReturnedVersionSchema,
} as const satisfies RouteDef;
