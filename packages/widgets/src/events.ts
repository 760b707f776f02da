/**
 * Types of the `kh-*` events (sự kiện) the elements fire, for `addEventListener` and JSX. Every
 * event is a `CustomEvent` that bubbles and leaves the shadow root (`composed`), so a listener
 * on `document` hears every widget of the page.
 *
 * Each element has its own map (`KhReportFormEventMap`…): `form.addEventListener('kh-submitted',
 * (e) => e.detail.report)` is typed exactly. The global `HTMLElementEventMap` and
 * `DocumentEventMap` get {@link KhEventMap}: on an element of unknown kind or on `document`,
 * an event fired by several elements (`kh-load`, `kh-filter-change`) has the union of their
 * details. Types only: this module has no JavaScript.
 */
import type {
  ProgressDashboardFilterChangeDetail,
  ProgressDashboardMeasureSelectDetail,
  ProgressDashboardUnitChangeDetail,
  ProgressDashboardYearChangeDetail,
} from './elements/kh-progress-dashboard/kh-progress-dashboard.events.js';
import type {
  ReportFormDraftSavedDetail,
  ReportFormSubmittedDetail,
  ReportFormValidationFailedDetail,
} from './elements/kh-report-form/kh-report-form.events.js';
import type {
  SubmissionTrackerFilterChangeDetail,
  SubmissionTrackerReportOpenDetail,
} from './elements/kh-submission-tracker/kh-submission-tracker.events.js';
import type {
  TaskTrackerFilterChangeDetail,
  TaskTrackerTaskToggleDetail,
} from './elements/kh-task-tracker/kh-task-tracker.events.js';

export type { KhIndicatorCardEventMap } from './elements/kh-indicator-card/kh-indicator-card.events.js';
export type {
  KhProgressDashboardEventMap,
  ProgressDashboardFilterChangeDetail,
  ProgressDashboardMeasureSelectDetail,
  ProgressDashboardUnitChangeDetail,
  ProgressDashboardYearChangeDetail,
} from './elements/kh-progress-dashboard/kh-progress-dashboard.events.js';
export type {
  KhReportFormEventMap,
  ReportFormDraftSavedDetail,
  ReportFormSubmittedDetail,
  ReportFormValidationFailedDetail,
} from './elements/kh-report-form/kh-report-form.events.js';
export type {
  KhSubmissionTrackerEventMap,
  SubmissionTrackerFilterChangeDetail,
  SubmissionTrackerReportOpenDetail,
} from './elements/kh-submission-tracker/kh-submission-tracker.events.js';
export type {
  KhTaskTrackerEventMap,
  TaskTrackerFilterChangeDetail,
  TaskTrackerTaskToggleDetail,
} from './elements/kh-task-tracker/kh-task-tracker.events.js';

/** `kh-load`: the data was loaded and is shown; `value` is what the element shows. */
export interface KhLoadDetail<T> {
  value: T;
}

/**
 * `kh-error`: loading (or, for the report form, saving or submitting) failed. `error` is what
 * was thrown: the sdk's typed errors (`ApiError` with `status`, `NetworkError`…) in `api-base`
 * mode, an `Error` otherwise.
 */
export interface KhErrorDetail {
  error: unknown;
}

/** The events every element fires, with its own data type `T`; each element's map extends it. */
export interface KhElementEventMap<T> {
  'kh-load': CustomEvent<KhLoadDetail<T>>;
  'kh-error': CustomEvent<KhErrorDetail>;
}

/**
 * Every `kh-*` event, as a listener that does not know which element fired it sees it: for a
 * name several elements fire, the union of their details (`kh-load`'s `value` is then unknown).
 * test/types/events.ts checks that it agrees with each element's own map.
 */
export interface KhEventMap extends KhElementEventMap<unknown> {
  'kh-filter-change': CustomEvent<
    ProgressDashboardFilterChangeDetail | SubmissionTrackerFilterChangeDetail | TaskTrackerFilterChangeDetail
  >;
  'kh-year-change': CustomEvent<ProgressDashboardYearChangeDetail>;
  'kh-unit-change': CustomEvent<ProgressDashboardUnitChangeDetail>;
  'kh-measure-select': CustomEvent<ProgressDashboardMeasureSelectDetail>;
  'kh-draft-saved': CustomEvent<ReportFormDraftSavedDetail>;
  'kh-submitted': CustomEvent<ReportFormSubmittedDetail>;
  'kh-validation-failed': CustomEvent<ReportFormValidationFailedDetail>;
  'kh-report-open': CustomEvent<SubmissionTrackerReportOpenDetail>;
  'kh-task-toggle': CustomEvent<TaskTrackerTaskToggleDetail>;
}

/**
 * What `addEventListener` of an element with the `kh-*` events `M` knows: the standard events
 * of an `HTMLElement`, with `M`'s types for its own.
 */
export type ElementEventMap<M> = Omit<HTMLElementEventMap, keyof M> & M;

/** The `detail` type of a `CustomEvent` type. */
export type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

declare global {
  // The same `kh-*` events wherever a listener can be: on any element, and on `document`.
  interface HTMLElementEventMap extends KhEventMap {}
  interface DocumentEventMap extends KhEventMap {}
}
