export { type Obligation, type Obligations, reportObligations } from './obligations.js';
export { type CompletenessInput, type FiledReport, reportCompleteness } from './report-completeness.js';
export { currentReportYear, reportDue } from './report-due.js';
export { reviewingAgencyId } from './reviewer.js';
