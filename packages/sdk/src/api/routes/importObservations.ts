import type { RouteDef } from '../route.js';
import { ObservationImportQuery, ObservationImportResultSchema } from '../schemas/observation-import.js';
import { csvUpload } from '../upload.js';
import { PlanParams } from './params.js';

/**
 * `importObservations`: the operator's import of statistics in Open SDG's tidy CSV layout (the
 * body, `text/csv`; docs/data-import.md), checked as `kehoach data import` checks a file —
 * every bad row and column named in both languages (`fieldErrors` with paths `row.<n>.<column>`),
 * all or nothing, upserted by measure, unit and year, with an audit entry.
 */
export const importObservationsRoute = {
  name: 'importObservations',
  method: 'POST',
  path: '/api/v1/plans/:planId/observations',
  access: 'admin',
  params: PlanParams,
  query: ObservationImportQuery,
  upload: csvUpload,
  response: ObservationImportResultSchema,
} as const satisfies RouteDef;
