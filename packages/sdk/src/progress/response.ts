import { aggregateObservations } from '../aggregate/aggregate.js';
import type { ProgressResponse } from '../api/schemas/progress.js';
import { planMeasures } from '../plans/plan-measures.js';
import { localDate } from '../schedule/local-date.js';
import type { IndicatorCatalog } from '../schemas/indicator.js';
import type { Observation } from '../schemas/observation.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';
import type { MeasureProgress } from '../schemas/progress.js';
import { resolveUnit } from '../succession/resolve.js';
import { assessProgress } from './assess.js';

/** What {@link buildProgressResponse} reads. */
export interface ProgressResponseInput {
  plan: Pick<Plan, 'id' | 'issuer' | 'reporting' | 'number' | 'targetOverrides' | 'ownObjectives'>;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  /** Observations of any years; those after `year` are left out. */
  observations: readonly Observation[];
  /** Assessment year. */
  year: number;
  /** Unit to aggregate to; default the plan's own unit as it is at `now` ({@link planUnitId}). */
  unitId?: string;
  /** "Today": successions are resolved at this day in the plan's time zone. */
  now: Date;
}

/** The plan's own unit as it is at `now` in the plan's time zone (Đắk Nông → Lâm Đồng after July 2025). */
export function planUnitId(
  plan: Pick<Plan, 'issuer' | 'reporting'>,
  registry: OrganizationRegistry,
  now: Date,
): string {
  return resolveUnit(registry, plan.issuer.unitId, localDate(now, plan.reporting.timeZone)).id;
}

const key = (measureId: string, unitId: string, year: number) => `${measureId}\n${unitId}\n${year}`;

/**
 * The `getProgress` body: observations up to `year` aggregated to the unit with
 * {@link aggregateObservations} (sums of numerators and denominators, predecessors through
 * successions resolved at `now`), then every measure of the plan ({@link planMeasures}: the
 * catalog's in catalog order, then the plan's own) with its series, its {@link assessProgress}
 * assessment at `year` against the targets in force for the plan (the plan's override, else the
 * catalog's), those targets and the other ones kept, with their provenance, and the units that contributed.
 * A measure is `illustrative` when any contributing observation is; the body is when any measure is.
 */
export function buildProgressResponse(input: ProgressResponseInput): ProgressResponse {
  const { plan, catalog, registry, year, now } = input;
  const unitId = input.unitId ?? planUnitId(plan, registry, now);
  const effective = planMeasures(plan, catalog);
  const measures = effective.map((p) => p.measure);
  const observations = input.observations.filter((o) => o.year <= year);
  const { cells } = aggregateObservations({
    registry,
    measures,
    observations,
    targets: [unitId],
    asOf: localDate(now, plan.reporting.timeZone),
  });
  const flagged = new Set(
    observations.filter((o) => o.illustrative).map((o) => key(o.measureId, o.unitId, o.year)),
  );
  let anyIllustrative = false;
  const out = effective.map(({ measure, targets, other }): MeasureProgress => {
    const mine = cells.filter((c) => c.measureId === measure.id && c.value !== null);
    const series = mine.map((c) => ({
      year: c.year,
      value: c.value as number,
      ...(c.numerator !== null && c.denominator !== null
        ? { numerator: c.numerator, denominator: c.denominator }
        : {}),
      ...(c.computed
        ? {
            computed: {
              value: c.computed.value,
              ...(c.computed.denominator !== null ? { denominator: c.computed.denominator } : {}),
              figures: c.computed.figures,
            },
          }
        : {}),
      ...(c.coverage ? { coverage: c.coverage } : {}),
    }));
    const contributors = [...new Set(mine.flatMap((c) => [...c.contributors, ...c.mergedFrom]))];
    const illustrative = mine.some((c) =>
      c.contributors.some((u) => flagged.has(key(measure.id, u, c.year))),
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
      targets,
      ...(other && { otherTargets: other }),
      contributors,
      illustrative,
    };
  });
  return { planId: plan.id, year, unitId, illustrative: anyIllustrative, measures: out };
}
