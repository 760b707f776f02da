export {
  CADENCE_MONTHS,
  CADENCES,
  type Cadence,
  closesYear,
  comparePeriods,
  formatPeriod,
  type Period,
  parsePeriod,
  reportPeriodKey,
} from './key.js';
export { periodLabel } from './label.js';
export { currentReportPeriods, planPeriods, readPlanPeriod } from './plan-periods.js';
export { REGIME_WINDOW } from './regime.js';
export { type PeriodWindow, periodWindow } from './window.js';
