import { KhReportForm } from '../elements/kh-report-form/kh-report-form.js';
import { define } from '../internal/define.js';

define('kh-report-form', KhReportForm);

export { KhReportForm };
