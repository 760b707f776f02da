/** One module per route of the reference API, so a caller bundles only the routes it calls. */
export { acceptReportRoute } from './acceptReport.js';
export { exportReportRoute } from './exportReport.js';
export { getCatalogRoute } from './getCatalog.js';
export { getMyReportRoute } from './getMyReport.js';
export { getOrganizationsRoute } from './getOrganizations.js';
export { getPlanRoute } from './getPlan.js';
export { getProgressRoute, getProgressSeriesRoute } from './getProgress.js';
export { getReportRoute } from './getReport.js';
export { getReturnedVersionRoute } from './getReturnedVersion.js';
export { getSubmissionsRoute } from './getSubmissions.js';
export { listPlansRoute } from './listPlans.js';
export { listReportsRoute } from './listReports.js';
export { loginRoute } from './login.js';
export { logoutRoute } from './logout.js';
export { meRoute } from './me.js';
export { returnReportRoute } from './returnReport.js';
export { saveDraftRoute } from './saveDraft.js';
export { submitReportRoute } from './submitReport.js';
