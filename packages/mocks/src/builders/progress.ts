import {
  aggregateObservations,
  assessProgress,
  type IndicatorCatalog,
  localDate,
  type Measure,
  type MeasureProgress,
  type Observation,
  type OrganizationRegistry,
  type Plan,
  type ProgressResponse,
  resolveUnit,
} from '@kehoach/sdk';

/** What {@link computeProgress} reads. */
export interface ProgressInput {
  plan: Plan;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  observations: readonly Observation[];
  /** Assessment year. */
  year: number;
  /** Unit to aggregate to; default the plan's own unit as it is at `now`. */
  unitId?: string;
  /** "Today": successions are resolved at this day in the plan's time zone. */
  now: Date;
}

/** Every measure of a catalog, in catalog order. */
export function catalogMeasures(catalog: IndicatorCatalog): Measure[] {
  return catalog.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
}

/** The plan's own unit as it is at `now` (Đắk Nông → Lâm Đồng after July 2025). */
export function defaultUnitId(plan: Plan, registry: OrganizationRegistry, now: Date): string {
  return resolveUnit(registry, plan.issuer.unitId, localDate(now, plan.reporting.timeZone)).id;
}

/**
 * The `getProgress` body, computed the way the reference server does with the sdk's own
 * functions: observations up to `year` aggregated to the unit (`aggregateObservations`, sums of
 * numerators and denominators, predecessors through successions), each series assessed with
 * `assessProgress`. `illustrative` is true when any contributing observation is.
 */
export function computeProgress(input: ProgressInput): ProgressResponse {
  const { plan, catalog, registry, year, now } = input;
  const unitId = input.unitId ?? defaultUnitId(plan, registry, now);
  const measures = catalogMeasures(catalog);
  const observations = input.observations.filter((o) => o.year <= year);
  const { cells } = aggregateObservations({
    registry,
    measures,
    observations,
    targets: [unitId],
    asOf: localDate(now, plan.reporting.timeZone),
  });
  const flagged = new Set(
    observations.filter((o) => o.illustrative).map((o) => `${o.measureId}\n${o.unitId}\n${o.year}`),
  );
  let anyIllustrative = false;
  const out = measures.map((measure): MeasureProgress => {
    const mine = cells.filter((c) => c.measureId === measure.id && c.value !== null);
    const series = mine.map((c) => ({
      year: c.year,
      value: c.value as number,
      ...(c.numerator !== null && c.denominator !== null
        ? { numerator: c.numerator, denominator: c.denominator }
        : {}),
    }));
    const contributors = [...new Set(mine.flatMap((c) => [...c.contributors, ...c.mergedFrom]))];
    const illustrative = mine.some((c) =>
      c.contributors.some((u) => flagged.has(`${measure.id}\n${u}\n${c.year}`)),
    );
    anyIllustrative ||= illustrative;
    return {
      measureId: measure.id,
      unitId,
      series,
      assessment: assessProgress({
        measure,
        series: series.map((p) => ({ year: p.year, value: p.value })),
        year,
      }),
      contributors,
      illustrative,
    };
  });
  return { planId: plan.id, year, unitId, illustrative: anyIllustrative, measures: out };
}
