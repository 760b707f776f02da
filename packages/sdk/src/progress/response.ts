import { aggregateBySeries, type SeriesCells } from '../aggregate/by-series.js';
import type { AggregateCell } from '../aggregate/cells.js';
import type { ProgressResponse } from '../api/schemas/progress.js';
import { additiveExcess, type PartFigure } from '../disaggregation/additive.js';
import { seriesMeasure } from '../disaggregation/series-measure.js';
import { planMeasures } from '../plans/plan-measures.js';
import { localDate } from '../schedule/local-date.js';
import type { IndicatorCatalog } from '../schemas/indicator.js';
import type { Observation } from '../schemas/observation.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';
import type { MeasureProgress, PartsExceed } from '../schemas/progress.js';
import { seriesKey } from '../schemas/series-key.js';
import { resolveUnit } from '../succession/resolve.js';
import { assessProgress } from './assess.js';
import { yearFigures } from './year-figures.js';

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

const key = (measureId: string, unitId: string, year: number, series: string) =>
  `${measureId}\n${unitId}\n${year}\n${series}`;

type Points = MeasureProgress['series'];

/** The served points of a series' cells (those with a value). */
function pointsOf(cells: readonly AggregateCell[]): Points {
  return cells
    .filter((c) => c.value !== null)
    .map((c) => ({
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
}

/**
 * The `getProgress` body: observations up to `year` aggregated to the unit with
 * {@link aggregateBySeries} (sums of numerators and denominators, predecessors through
 * successions resolved at `now`, each series — the total and each combination of categories —
 * on its own), then every measure of the plan ({@link planMeasures}: the catalog's in catalog
 * order, then the plan's own) with its total's series, its {@link assessProgress} assessment at
 * `year` against the targets in force for the plan (the plan's override, else the catalog's),
 * those targets and the other ones kept, with their provenance, and the units that contributed; a measure with
 * category series has them in `breakdown`, each assessed against its category's targets
 * ({@link seriesMeasure}), and an additive measure whose parts exceed their whole in a year has
 * `partsExceed` ({@link additiveExcess}). A measure is `illustrative` when any contributing
 * observation is; the body is when any measure is.
 */
export function buildProgressResponse(input: ProgressResponseInput): ProgressResponse {
  const { plan, catalog, registry, year, now } = input;
  const unitId = input.unitId ?? planUnitId(plan, registry, now);
  const effective = planMeasures(plan, catalog);
  const measures = effective.map((p) => p.measure);
  // Yearly values: a period's figure only where it closes a year without one (`yearFigures`).
  const observations = yearFigures(input.observations).filter((o) => o.year <= year);
  const { series: all } = aggregateBySeries({
    registry,
    measures,
    observations,
    targets: [unitId],
    asOf: localDate(now, plan.reporting.timeZone),
  });
  const flagged = new Set(
    observations
      .filter((o) => o.illustrative)
      .map((o) => key(o.measureId, o.unitId, o.year, seriesKey(o.categories))),
  );
  let anyIllustrative = false;
  const out = effective.map(({ measure, targets, other }): MeasureProgress => {
    const parts = all.map((s) => ({ ...s, cells: s.cells.filter((c) => c.measureId === measure.id) }));
    let illustrative = false;
    const one = (s: (typeof parts)[number]) => {
      const mine = s.cells.filter((c) => c.value !== null);
      const series = pointsOf(mine);
      illustrative ||= mine.some((c) =>
        c.contributors.some((u) => flagged.has(key(measure.id, u, c.year, s.key))),
      );
      return {
        series,
        assessment: assessProgress({
          measure: seriesMeasure(measure, s.key),
          series: series.map((p) => ({ year: p.year, value: p.value })),
          year,
        }),
        contributors: [...new Set(mine.flatMap((c) => [...c.contributors, ...c.mergedFrom]))],
      };
    };
    const total = one(parts.find((s) => s.key === '') ?? { key: '', categories: {}, cells: [] });
    const breakdown = parts
      .filter((s) => s.key !== '' && s.cells.some((c) => c.value !== null))
      .map((s) => ({ categories: s.categories, ...one(s) }));
    const exceed = measure.disaggregation?.additive ? partsExceed(parts, measure.unit.kind !== 'count') : [];
    anyIllustrative ||= illustrative;
    return {
      measureId: measure.id,
      unitId,
      ...total,
      targets,
      ...(other && { otherTargets: other }),
      illustrative,
      ...(breakdown.length > 0 ? { breakdown } : {}),
      ...(exceed.length > 0 ? { partsExceed: exceed } : {}),
    };
  });
  return { planId: plan.id, year, unitId, illustrative: anyIllustrative, measures: out };
}

/** The additive check on the aggregated figures of one measure, year by year. */
function partsExceed(parts: readonly SeriesCells[], rate: boolean): PartsExceed[] {
  const years = new Map<number, { figures: PartFigure[] }>();
  for (const s of parts)
    for (const c of s.cells) {
      const y = years.get(c.year) ?? { figures: [] };
      years.set(c.year, y);
      y.figures.push({
        categories: s.categories,
        value: c.value,
        numerator: c.numerator,
        denominator: c.denominator,
      });
    }
  const out: PartsExceed[] = [];
  for (const [year, { figures }] of [...years].sort((a, b) => a[0] - b[0]))
    for (const x of additiveExcess(figures, rate))
      out.push({
        year,
        categories: figures[x.whole]!.categories ?? {},
        dimension: x.dimension,
        field: x.field,
        sum: x.sum,
        limit: x.limit,
      });
  return out;
}
