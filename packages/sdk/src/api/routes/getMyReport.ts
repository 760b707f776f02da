import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { PlanYearParams } from './params.js';

/** `getMyReport`: The signed-in agency's yearly report. */
export const getMyReportRoute = {
  name: 'getMyReport',
  method: 'GET',
  path: '/api/v1/plans/:planId/reports/:year/mine',
  access: 'reporter',
  params: PlanYearParams,
  response: ReportSchema,
} as const satisfies RouteDef;
