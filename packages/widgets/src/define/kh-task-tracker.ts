import { KhTaskTracker } from '../elements/kh-task-tracker/kh-task-tracker.js';
import { define } from '../internal/define.js';

define('kh-task-tracker', KhTaskTracker);

export { KhTaskTracker };
