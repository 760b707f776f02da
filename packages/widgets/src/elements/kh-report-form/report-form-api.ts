import {
  getCatalogRoute,
  getMyReportRoute,
  getOrganizationsOutlineRoute,
  getPlanRoute,
  getProgressSeriesRoute,
  meRoute,
  saveDraftRoute,
  submitReportRoute,
} from '@kehoach/sdk';
import { type Api, api } from '../../internal/api.js';

/** The API routes the form calls; only their schemas go into its bundle (not the whole contract's). */
const routes = {
  me: meRoute,
  getPlan: getPlanRoute,
  // Names, a collective's members and the successions agencyDuties follows: not the whole registry's rules.
  getOrganizations: getOrganizationsOutlineRoute,
  getCatalog: getCatalogRoute,
  getMyReport: getMyReportRoute,
  // Last year's values only: the series, not the assessments' schemas.
  getProgress: getProgressSeriesRoute,
  saveDraft: saveDraftRoute,
  submitReport: submitReportRoute,
};

/** The form's client: the methods of the sdk's `KehoachClient` that it calls, with the same transport. */
export type ReportFormApi = Api<typeof routes>;

/** Same options and defaults as the sdk's `createClient`. */
export function reportFormApi(options: {
  baseUrl: string;
  token: string | null;
  lang: 'vi' | 'en';
}): ReportFormApi {
  return api(routes, options);
}
