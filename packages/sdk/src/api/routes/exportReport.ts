import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';
import { exportDownload } from '../download.js';
import type { RouteDef } from '../route.js';
import { EXPORT_FORMATS, PeriodParam } from './params.js';

/**
 * `exportReport`: Export the consolidated report of one period (`:year`: `2026` for a yearly plan,
 * `2026-H1` for a six-monthly one; read against the plan as the report routes read it).
 */
export const exportReportRoute = {
  name: 'exportReport',
  method: 'GET',
  path: '/api/v1/plans/:planId/exports/:year/:format',
  access: 'reviewer',
  params: z.strictObject({
    planId: IdSchema,
    year: PeriodParam,
    format: z.enum(EXPORT_FORMATS),
  }),
  response: 'binary',
  download: exportDownload,
} as const satisfies RouteDef;
