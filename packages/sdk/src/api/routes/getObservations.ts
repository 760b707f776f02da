import { csvDownload } from '../download.js';
import type { RouteDef } from '../route.js';
import { PlanParams } from './params.js';

/**
 * `getObservations`: the plan's statistics (observations that are not illustrative) in Open
 * SDG's tidy CSV layout — Year (Period, with a year or a period of the plan's cadence, when any
 * figure is by period), Measure, Unit, a column per dimension of the catalog, Value,
 * Numerator, Denominator, Source, Note —
 * as `kehoach data export` writes it and `kehoach data import` reads it (docs/data-import.md).
 */
export const getObservationsRoute = {
  name: 'getObservations',
  method: 'GET',
  path: '/api/v1/plans/:planId/observations.csv',
  access: 'public',
  params: PlanParams,
  response: 'binary',
  download: csvDownload,
} as const satisfies RouteDef;
