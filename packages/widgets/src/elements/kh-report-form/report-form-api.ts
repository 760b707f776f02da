import {
  getCatalogRoute,
  getMyReportRoute,
  getOrganizationsRoute,
  getPlanRoute,
  getProgressRoute,
  meRoute,
  saveDraftRoute,
  submitReportRoute,
} from '@kehoach/sdk';
import { type Api, api } from '../../internal/api.js';

/** The API routes the form calls; only their schemas go into its bundle (not the whole contract's). */
const routes = {
  me: meRoute,
  getPlan: getPlanRoute,
  getOrganizations: getOrganizationsRoute,
  getCatalog: getCatalogRoute,
  getMyReport: getMyReportRoute,
  getProgress: getProgressRoute,
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
