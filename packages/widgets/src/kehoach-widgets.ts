/** Script-tag entry: registers every element. Built as one self-contained IIFE. */
// Order only matters to gzip: like code side by side compresses better (0.1 KB here; `pnpm size`).
import './define/kh-report-form.js';
import './define/kh-task-tracker.js';
import './define/kh-submission-tracker.js';
import './define/kh-progress-dashboard.js';
import './define/kh-indicator-card.js';

export { KhIndicatorCard } from './elements/kh-indicator-card/kh-indicator-card.js';
export { KhProgressDashboard } from './elements/kh-progress-dashboard/kh-progress-dashboard.js';
export { KhReportForm } from './elements/kh-report-form/kh-report-form.js';
export { KhSubmissionTracker } from './elements/kh-submission-tracker/kh-submission-tracker.js';
export { KhTaskTracker } from './elements/kh-task-tracker/kh-task-tracker.js';
