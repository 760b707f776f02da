import { ReportSchema } from '../../schemas/report.js';
import type { RouteDef } from '../route.js';
import { DraftRequestSchema } from '../schemas/draft.js';
import { PlanYearParams } from './params.js';

/** `saveDraft`: Save the draft (If-Match on the version). */
export const saveDraftRoute = {
  name: 'saveDraft',
  method: 'PUT',
  path: '/api/v1/plans/:planId/reports/:year/mine',
  access: 'reporter',
  params: PlanYearParams,
  body: DraftRequestSchema,
  response: ReportSchema,
  headers: ['If-Match'],
} as const satisfies RouteDef;
