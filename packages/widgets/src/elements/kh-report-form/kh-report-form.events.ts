import type { FieldError, Report } from '@kehoach/sdk';
import type { KhElementEventMap } from '../../events.js';
import type { ReportFormModel } from './kh-report-form.data.js';

/** `kh-draft-saved`: a draft (bản nháp) was saved on the server. */
export interface ReportFormDraftSavedDetail {
  /** The server's copy. */
  report: Report;
  /** Its version, for the next `If-Match`. */
  version: number;
}

/** `kh-submitted`: the report was submitted (đã nộp). */
export interface ReportFormSubmittedDetail {
  /** The server's copy, status `submitted`. */
  report: Report;
}

/** `kh-validation-failed`: save or submit found errors; the form shows them beside the fields. */
export interface ReportFormValidationFailedDetail {
  /** The sdk's field errors, with form paths such as `measures.2.value`. */
  errors: FieldError[];
  /** `client`: found before sending; `server`: the API's 400. */
  source: 'client' | 'server';
}

/** Events of `kh-report-form`; its `kh-error` also covers saving and submitting. */
export interface KhReportFormEventMap extends KhElementEventMap<ReportFormModel> {
  'kh-draft-saved': CustomEvent<ReportFormDraftSavedDetail>;
  'kh-submitted': CustomEvent<ReportFormSubmittedDetail>;
  'kh-validation-failed': CustomEvent<ReportFormValidationFailedDetail>;
}
