import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';
import { exportDownload } from '../download.js';
import type { RouteDef } from '../route.js';
import { EXPORT_FORMATS, YearParam } from './params.js';

/** `exportReport`: Export the consolidated provincial report. */
export const exportReportRoute = {
  name: 'exportReport',
  method: 'GET',
  path: '/api/v1/plans/:planId/exports/:year/:format',
  access: 'reviewer',
  params: z.strictObject({
    planId: IdSchema,
    year: YearParam,
    format: z.enum(EXPORT_FORMATS),
  }),
  response: 'binary',
  download: exportDownload,
} as const satisfies RouteDef;
