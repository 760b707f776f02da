/**
 * What JSX may set on each `kh-*` element, shared by the React and Preact declarations (types
 * only). Both frameworks, given a tag with a dash, set a prop as a property when the element
 * has one (so `token` and `data` are never attributes, once the element is registered) and
 * listen to `on<event>` as the DOM event `<event>`: `onkh-submitted`. So the props are the
 * element's own public properties, the attribute spelling of multi-word ones (`api-base`), and
 * one `on<name>` listener per `kh-*` event, typed from the element's event map.
 */
import type { LitElement } from 'lit';
import type { KhIndicatorCardEventMap } from '../elements/kh-indicator-card/kh-indicator-card.events.js';
import type { KhIndicatorCard } from '../elements/kh-indicator-card/kh-indicator-card.js';
import type { KhProgressDashboardEventMap } from '../elements/kh-progress-dashboard/kh-progress-dashboard.events.js';
import type { KhProgressDashboard } from '../elements/kh-progress-dashboard/kh-progress-dashboard.js';
import type { KhReportFormEventMap } from '../elements/kh-report-form/kh-report-form.events.js';
import type { KhReportForm } from '../elements/kh-report-form/kh-report-form.js';
import type { KhSubmissionTrackerEventMap } from '../elements/kh-submission-tracker/kh-submission-tracker.events.js';
import type { KhSubmissionTracker } from '../elements/kh-submission-tracker/kh-submission-tracker.js';
import type { KhTaskTrackerEventMap } from '../elements/kh-task-tracker/kh-task-tracker.events.js';
import type { KhTaskTracker } from '../elements/kh-task-tracker/kh-task-tracker.js';

/** The public, non-method members an element adds to `LitElement`: its properties. */
export type ElementProperties<E> = {
  [K in keyof E as K extends keyof LitElement
    ? never
    : E[K] extends (...args: never[]) => unknown
      ? never
      : K]?: E[K];
};

/** `apiBase` → `api-base`. */
type Kebab<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `-${Lowercase<H>}`}${Kebab<T>}`
  : S;

/** The attribute spelling of the multi-word properties `A` that have an attribute. */
export type ElementAttributes<E, A extends keyof E & string> = { [K in A as Kebab<K>]?: E[K] };

/** One listener prop per `kh-*` event: `onkh-submitted={(e) => e.detail.report}`. */
export type ElementListeners<M> = {
  [K in keyof M as K extends `kh-${string}` ? `on${K}` : never]?: (event: M[K]) => void;
};

/** The JSX props of an element `E` with events `M` and multi-word attributes `A`. */
export type KhJsxProps<E, M, A extends keyof E & string = never> = ElementProperties<E> &
  ElementAttributes<E, A> &
  ElementListeners<M>;

/** The props of each `kh-*` tag, besides the HTML attributes every element takes (`id`, `lang`…). */
export interface KhIntrinsicElements {
  'kh-indicator-card': KhJsxProps<KhIndicatorCard, KhIndicatorCardEventMap, 'apiBase' | 'headingLevel'>;
  'kh-progress-dashboard': KhJsxProps<
    KhProgressDashboard,
    KhProgressDashboardEventMap,
    'apiBase' | 'headingLevel'
  >;
  'kh-report-form': KhJsxProps<KhReportForm, KhReportFormEventMap, 'apiBase'>;
  'kh-submission-tracker': KhJsxProps<
    KhSubmissionTracker,
    KhSubmissionTrackerEventMap,
    'apiBase' | 'headingLevel'
  >;
  'kh-task-tracker': KhJsxProps<KhTaskTracker, KhTaskTrackerEventMap, 'apiBase' | 'headingLevel'>;
}
