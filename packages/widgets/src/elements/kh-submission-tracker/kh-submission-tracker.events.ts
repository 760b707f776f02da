import type { SubmissionEntry } from '@kehoach/sdk';
import type { KhElementEventMap } from '../../events.js';
import type { SubmissionTrackerData } from './kh-submission-tracker.data.js';

/** `kh-filter-change` of the submission tracker: the state shown, `null` for all. */
export interface SubmissionTrackerFilterChangeDetail {
  status: SubmissionEntry['status'] | 'overdue' | null;
}

/** `kh-report-open`: a reviewer activated an agency that has a report. */
export interface SubmissionTrackerReportOpenDetail {
  reportId: string;
  agencyId: string;
  status: SubmissionEntry['status'];
}

/** Events of `kh-submission-tracker`. */
export interface KhSubmissionTrackerEventMap extends KhElementEventMap<SubmissionTrackerData> {
  'kh-filter-change': CustomEvent<SubmissionTrackerFilterChangeDetail>;
  'kh-report-open': CustomEvent<SubmissionTrackerReportOpenDetail>;
}
