/**
 * Element classes without registration, for apps that pick their own tag names or register
 * lazily. To register, import `@kehoach/widgets/define/<tag>.js` (or load kehoach-widgets.js).
 */

export { IndicatorCardDataSchema } from './elements/kh-indicator-card/kh-indicator-card.data.js';
export { type IndicatorCardData, KhIndicatorCard } from './elements/kh-indicator-card/kh-indicator-card.js';
export { ProgressDashboardDataSchema } from './elements/kh-progress-dashboard/kh-progress-dashboard.data.js';
export {
  KhProgressDashboard,
  type ProgressDashboardData,
} from './elements/kh-progress-dashboard/kh-progress-dashboard.js';
export { ReportFormSnapshotSchema } from './elements/kh-report-form/kh-report-form.data.js';
export {
  KhReportForm,
  type ReportFormModel,
  type ReportFormSnapshot,
} from './elements/kh-report-form/kh-report-form.js';
export { implausibleChange } from './elements/kh-report-form/plausibility.js';
export { SubmissionTrackerDataSchema } from './elements/kh-submission-tracker/kh-submission-tracker.data.js';
export {
  KhSubmissionTracker,
  type SubmissionTrackerData,
} from './elements/kh-submission-tracker/kh-submission-tracker.js';
export { TaskTrackerDataSchema } from './elements/kh-task-tracker/kh-task-tracker.data.js';
export { KhTaskTracker, type TaskTrackerData } from './elements/kh-task-tracker/kh-task-tracker.js';
export type * from './events.js';
export { define } from './internal/define.js';
export { KhElement, type LoadState, type Theme } from './internal/kh-element.js';
