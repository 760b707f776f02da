import type { KhElementEventMap } from '../../events.js';
import type { TaskTrackerData } from './kh-task-tracker.data.js';

/** `kh-filter-change` of the task tracker: the agency shown (as the plan names it), `null` for all. */
export interface TaskTrackerFilterChangeDetail {
  agency: string | null;
}

/** `kh-task-toggle`: a task (nhiệm vụ) row was expanded or collapsed. */
export interface TaskTrackerTaskToggleDetail {
  taskId: string;
  expanded: boolean;
}

/** Events of `kh-task-tracker`. */
export interface KhTaskTrackerEventMap extends KhElementEventMap<TaskTrackerData> {
  'kh-filter-change': CustomEvent<TaskTrackerFilterChangeDetail>;
  'kh-task-toggle': CustomEvent<TaskTrackerTaskToggleDetail>;
}
