import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { ReportParams } from './params.js';

/** `getReport`: One report. */
export const getReportRoute = {
  name: 'getReport',
  method: 'GET',
  path: '/api/v1/reports/:reportId',
  access: 'user',
  params: ReportParams,
  response: ReportSchema,
} as const satisfies RouteDef;
