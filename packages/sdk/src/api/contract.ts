/**
 * The reference API contract: every route by name. Each route is defined in its own module
 * under `routes/` (importing only its own schemas) so that a caller of a few routes bundles
 * only those; this object gathers them for the server, the OpenAPI generator, the mocks and
 * `createClient`.
 */

import type { RouteDef } from './route.js';
import {
  acceptReportRoute,
  exportReportRoute,
  getCatalogRoute,
  getMyReportRoute,
  getObservationsRoute,
  getOrganizationsRoute,
  getPlanRoute,
  getProgressRoute,
  getReportRoute,
  getReturnedVersionRoute,
  getSubmissionsRoute,
  importObservationsRoute,
  importPlanRoute,
  listMyReportsRoute,
  listPlansRoute,
  listPlanVersionsRoute,
  listReportsRoute,
  loginRoute,
  logoutRoute,
  meRoute,
  returnReportRoute,
  saveDraftRoute,
  submitReportRoute,
} from './routes/index.js';

export { type Access, buildPath, type RouteDef, type Upload } from './route.js';
export { EXPORT_FORMATS } from './routes/params.js';

/** The reference API contract, prefix `/api/v1`. */
export const routes = {
  login: loginRoute,
  logout: logoutRoute,
  me: meRoute,
  listMyReports: listMyReportsRoute,
  listPlans: listPlansRoute,
  getPlan: getPlanRoute,
  getOrganizations: getOrganizationsRoute,
  getCatalog: getCatalogRoute,
  listPlanVersions: listPlanVersionsRoute,
  importPlan: importPlanRoute,
  getProgress: getProgressRoute,
  getObservations: getObservationsRoute,
  importObservations: importObservationsRoute,
  getMyReport: getMyReportRoute,
  saveDraft: saveDraftRoute,
  submitReport: submitReportRoute,
  listReports: listReportsRoute,
  getReport: getReportRoute,
  getReturnedVersion: getReturnedVersionRoute,
  returnReport: returnReportRoute,
  acceptReport: acceptReportRoute,
  getSubmissions: getSubmissionsRoute,
  exportReport: exportReportRoute,
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
