import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { ReturnRequestSchema } from '../schemas/review.js';
import { ReportParams } from './params.js';

/** `returnReport`: Return a report with a comment. */
export const returnReportRoute = {
  name: 'returnReport',
  method: 'POST',
  path: '/api/v1/reports/:reportId/return',
  access: 'reviewer',
  params: ReportParams,
  body: ReturnRequestSchema,
  response: ReportSchema,
} as const satisfies RouteDef;
