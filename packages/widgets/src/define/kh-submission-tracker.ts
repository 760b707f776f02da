import { KhSubmissionTracker } from '../elements/kh-submission-tracker/kh-submission-tracker.js';
import { define } from '../internal/define.js';

define('kh-submission-tracker', KhSubmissionTracker);

export { KhSubmissionTracker };
