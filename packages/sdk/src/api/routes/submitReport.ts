import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { DraftRequestSchema } from '../schemas/draft.js';
import { PlanYearParams } from './params.js';

/** `submitReport`: Submit the report (Idempotency-Key). */
export const submitReportRoute = {
  name: 'submitReport',
  method: 'POST',
  path: '/api/v1/plans/:planId/reports/:year/mine/submit',
  access: 'reporter',
  params: PlanYearParams,
  body: DraftRequestSchema,
  response: ReportSchema,
  headers: ['Idempotency-Key', 'If-Match'],
} as const satisfies RouteDef;
