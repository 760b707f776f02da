import type { ProgressStatus } from '@kehoach/sdk';
import type { KhElementEventMap } from '../../events.js';
import type { ProgressDashboardData } from './kh-progress-dashboard.data.js';

/** `kh-filter-change` of the dashboard: the filters now set, each `null` for "all". */
export interface ProgressDashboardFilterChangeDetail {
  /** Id of the objective (mục tiêu) shown. */
  objective: string | null;
  /** Id of the agency as the plan names it. */
  agency: string | null;
  /** Progress status shown. */
  status: ProgressStatus | null;
}

/** `kh-year-change`: the year picked. */
export interface ProgressDashboardYearChangeDetail {
  year: number;
}

/** `kh-unit-change`: the administrative unit (đơn vị hành chính) picked. */
export interface ProgressDashboardUnitChangeDetail {
  unitId: string;
}

/** `kh-measure-select`: a measure (chỉ số) was activated, e.g. to open it in a `kh-indicator-card`. */
export interface ProgressDashboardMeasureSelectDetail {
  measureId: string;
  /** The measure's code in the catalog, e.g. `5a`. */
  code: string;
  unitId: string;
  year: number;
}

/** Events of `kh-progress-dashboard`. */
export interface KhProgressDashboardEventMap extends KhElementEventMap<ProgressDashboardData> {
  'kh-filter-change': CustomEvent<ProgressDashboardFilterChangeDetail>;
  'kh-year-change': CustomEvent<ProgressDashboardYearChangeDetail>;
  'kh-unit-change': CustomEvent<ProgressDashboardUnitChangeDetail>;
  'kh-measure-select': CustomEvent<ProgressDashboardMeasureSelectDetail>;
}
