export { type AggregateInput, type AggregateResult, aggregateObservations } from './aggregate.js';
export { aggregateBySeries, type SeriesCells } from './by-series.js';
export type { AggregateCell, ComputedAggregate, Coverage } from './cells.js';
export { countingDay, inForce } from './counted-units.js';
export {
  columnsFromCells,
  groupObservations,
  observationColumns,
  type SeriesColumns,
  seriesFromCells,
  type UnitSeries,
} from './series.js';
export { buildUnitTargets, type UnitTargetTable } from './unit-targets.js';
