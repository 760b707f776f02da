import * as z from 'zod/mini';
import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { PeriodQuery, PlanParams } from './params.js';

/** `listReports`: Reports of a year or period. */
export const listReportsRoute = {
  name: 'listReports',
  method: 'GET',
  path: '/api/v1/plans/:planId/reports',
  access: 'reviewer',
  params: PlanParams,
  query: PeriodQuery,
  response: z.array(ReportSchema),
} as const satisfies RouteDef;
