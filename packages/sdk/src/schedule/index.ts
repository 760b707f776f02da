export { daysInMonth, periodOf, reportDueDate, reportReferenceDate } from './due-date.js';
export { localDate, localDateTime } from './local-date.js';
export { isOverdue } from './overdue.js';
export { planYearError } from './plan-year.js';
