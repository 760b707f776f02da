/**
 * A bundler app's code, type-checked against the built declarations (dist) by
 * test/types.test.ts: every `kh-*` listener gets its event's type, on the element, on any
 * element and on `document`. Each `@ts-expect-error` proves a type is not `any`.
 */
import '@kehoach/widgets/define/kh-report-form.js';
import '@kehoach/widgets/define/kh-progress-dashboard.js';
import type {
  KhEventMap,
  KhIndicatorCardEventMap,
  KhProgressDashboardEventMap,
  KhReportFormEventMap,
  KhSubmissionTrackerEventMap,
  KhTaskTrackerEventMap,
  ProgressDashboardData,
  ReportFormSubmittedDetail,
} from '@kehoach/widgets';

const form = document.createElement('kh-report-form');
form.token = 'from-the-portal-login';
form.addEventListener('kh-submitted', (e) => {
  const status: 'draft' | 'submitted' | 'returned' | 'accepted' = e.detail.report.status;
  // @ts-expect-error the detail has no such field
  e.detail.nothing;
  return status;
});
form.addEventListener('kh-validation-failed', function (e) {
  const source: 'client' | 'server' = e.detail.source;
  const path: string | undefined = e.detail.errors[0]?.path;
  // `this` is the element, as for the DOM's own events.
  return [source, path, this.token] satisfies [string, string | undefined, string | undefined];
});
form.addEventListener('kh-load', (e) => e.detail.value.plan.id.toUpperCase());
form.addEventListener('kh-error', (e) => e.detail.error);
// Standard events keep their DOM types.
form.addEventListener('click', (e) => e.clientX);
// Any other name still takes a plain listener.
form.addEventListener('kh-not-an-event', (e: Event) => e.type);
form.removeEventListener('kh-submitted', () => {});

const dashboard = document.querySelector('kh-progress-dashboard')!;
dashboard.addEventListener('kh-measure-select', (e) => {
  const { measureId, code, unitId, year } = e.detail;
  return `${measureId} ${code} ${unitId} ${year.toFixed(0)}`;
});
dashboard.addEventListener('kh-filter-change', (e) => e.detail.objective);
dashboard.addEventListener('kh-load', (e) => {
  const data: ProgressDashboardData = e.detail.value;
  return data;
});
// @ts-expect-error the dashboard's kh-year-change detail is `{ year }`
dashboard.addEventListener('kh-year-change', (e) => e.detail.unitId);

// Any element, and document: the union of what the elements send.
document.addEventListener('kh-submitted', (e) => e.detail.report.id);
document.addEventListener('kh-error', (e) => e.detail.error);
document.body.addEventListener('kh-filter-change', (e) => ('agency' in e.detail ? e.detail.agency : null));
document.addEventListener('kh-load', (e) => {
  // @ts-expect-error unknown element: the value is unknown
  e.detail.value.plan;
});
// @ts-expect-error the detail is typed, not any
document.addEventListener('kh-task-toggle', (e) => e.detail.expanded.toFixed());

/** The detail type a listener gets is the exported one. */
const submitted: ReportFormSubmittedDetail = new CustomEvent<ReportFormSubmittedDetail>('kh-submitted', {
  detail: { report: undefined as never },
}).detail;

/** Each element's events agree with the global map (what a listener on `document` relies on). */
type Agrees<M> = {
  [K in keyof M]: K extends keyof KhEventMap ? (M[K] extends KhEventMap[K] ? true : false) : false;
};
type AllTrue<T> = T[keyof T] extends true ? true : false;
const agree: [
  AllTrue<Agrees<KhIndicatorCardEventMap>>,
  AllTrue<Agrees<KhProgressDashboardEventMap>>,
  AllTrue<Agrees<KhReportFormEventMap>>,
  AllTrue<Agrees<KhSubmissionTrackerEventMap>>,
  AllTrue<Agrees<KhTaskTrackerEventMap>>,
] = [true, true, true, true, true];
/** …and the global map has no event that no element fires. */
type AnyFired =
  | keyof KhIndicatorCardEventMap
  | keyof KhProgressDashboardEventMap
  | keyof KhReportFormEventMap
  | keyof KhSubmissionTrackerEventMap
  | keyof KhTaskTrackerEventMap;
type IsNever<T> = [T] extends [never] ? true : false;
const none: IsNever<Exclude<keyof KhEventMap, AnyFired>> = true;

export { agree, none, submitted };
