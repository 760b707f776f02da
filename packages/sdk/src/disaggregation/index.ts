export { type AdditiveExcess, additiveExcess, type PartFigure } from './additive.js';
export { type BreakdownGroup, breakdownGroups, seriesTargets } from './breakdown.js';
export {
  type CategoryProblem,
  categoryProblems,
  categorySplits,
  dimensionCategories,
  dimensionName,
} from './categories.js';
export { type DisaggregatedLine, disaggregationErrors } from './report.js';
export { seriesMeasure } from './series-measure.js';
