export { type AssessInput, assessProgress } from './assess.js';
export {
  AssessmentTable,
  assessBatch,
  METHOD_CODES,
  REASON_CODES,
  STATUS_CODES,
} from './batch.js';
export { unitBounds, unitFactor } from './bounds.js';
export { cagr } from './cagr.js';
export { type AssessColumnsOptions, assessColumns } from './columns.js';
export { COMPARE_EPSILON, compare } from './compare.js';
export { expectedValue, type YearValue } from './expected.js';
export { chooseTarget, type MeasureTargets, measureTargets } from './measure-targets.js';
export { judgeMilestones, type MilestoneTarget } from './milestones.js';
export { buildProgressResponse, type ProgressResponseInput, planUnitId } from './response.js';
export { type CheckedSeries, checkSeries, type RejectedSeries } from './series.js';
export { NO_TARGET_THRESHOLDS, statusFromRatio, TARGET_THRESHOLDS } from './thresholds.js';
export { signedGrowth, trajectoryRatio } from './trajectory.js';
export { yearlyChanges } from './yearly-change.js';
