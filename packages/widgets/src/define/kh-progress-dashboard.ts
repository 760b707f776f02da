import { KhProgressDashboard } from '../elements/kh-progress-dashboard/kh-progress-dashboard.js';
import { define } from '../internal/define.js';

define('kh-progress-dashboard', KhProgressDashboard);

export { KhProgressDashboard };
