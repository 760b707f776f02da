import * as z from 'zod/mini';
import type { RouteDef } from '../route.js';
import { ReportDueSchema } from '../schemas/my-reports.js';

/** `listMyReports`: Every report the signed-in agency owes now, plan by plan, with its deadline. */
export const listMyReportsRoute = {
  name: 'listMyReports',
  method: 'GET',
  path: '/api/v1/me/reports',
  access: 'reporter',
  response: z.array(ReportDueSchema),
} as const satisfies RouteDef;
