export {
  CADENCE_MONTHS,
  CADENCES,
  type Cadence,
  comparePeriods,
  formatPeriod,
  PERIOD_KEY_PATTERN,
  type Period,
  type PeriodKey,
  PeriodKeySchema,
  parsePeriod,
} from './key.js';
export { currentReportPeriods, planPeriods, readPlanPeriod } from './plan-periods.js';
export { REGIME_WINDOWS } from './regime.js';
export { type PeriodWindow, periodWindow } from './window.js';
