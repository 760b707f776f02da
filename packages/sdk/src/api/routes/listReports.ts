import * as z from 'zod/mini';
import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { PlanParams, YearQuery } from './params.js';

/** `listReports`: Reports of a year. */
export const listReportsRoute = {
  name: 'listReports',
  method: 'GET',
  path: '/api/v1/plans/:planId/reports',
  access: 'reviewer',
  params: PlanParams,
  query: YearQuery,
  response: z.array(ReportSchema),
} as const satisfies RouteDef;
