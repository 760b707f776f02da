import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { ReportParams } from './params.js';

/** `acceptReport`: Accept a report. */
export const acceptReportRoute = {
  name: 'acceptReport',
  method: 'POST',
  path: '/api/v1/reports/:reportId/accept',
  access: 'reviewer',
  params: ReportParams,
  response: ReportSchema,
} as const satisfies RouteDef;
