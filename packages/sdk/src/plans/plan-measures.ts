import type { IndicatorCatalog, Measure, Objective } from '../schemas/indicator.js';
import type { Plan } from '../schemas/plan.js';
import type { TargetSet } from '../schemas/progress.js';

/**
 * A measure as a plan tracks it (chỉ số của kế hoạch): `measure` carries the targets in force for
 * the plan in `targets` — the plan's override when it has one, else the catalog's — so every
 * consumer (the progress engine, exports, forms) reads it as any measure. `targets` says where
 * they come from; `other` keeps the catalog's when the plan overrides them.
 */
export interface PlanMeasure {
  measure: Measure;
  /** Where the measure itself is defined: the catalog, or the plan's own objectives. */
  origin: 'catalog' | 'plan';
  indicatorId: string;
  objectiveId: string;
  targets: TargetSet;
  other?: TargetSet;
}

/** What {@link planMeasures} reads of a plan. */
export type PlanMeasuresInput = Pick<Plan, 'number' | 'targetOverrides' | 'ownObjectives'>;

const cache = new WeakMap<PlanMeasuresInput, WeakMap<IndicatorCatalog, PlanMeasure[]>>();

const places = (objectives: readonly Objective[]) =>
  objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures.map((m) => ({ m, i, o }))));

/**
 * The one place a plan's effective measures and targets are worked out: every measure of the
 * catalog, in catalog order, then the plan's own (`ownObjectives`), each with the targets in force
 * for this plan and their provenance (`catalog` with the decision's number, or `plan`); where the
 * plan overrides a measure's targets the catalog's are kept in `other`. Cached per plan and
 * catalog object, so the measure objects are stable and the engine's per-measure caches hold
 * (treat plans and catalogs as immutable). An override naming no catalog measure is left out here
 * (`planTargetErrors` rejects it where bundles are written).
 */
export function planMeasures(plan: PlanMeasuresInput, catalog: IndicatorCatalog): PlanMeasure[] {
  let byCatalog = cache.get(plan);
  if (byCatalog === undefined) {
    byCatalog = new WeakMap();
    cache.set(plan, byCatalog);
  }
  let out = byCatalog.get(catalog);
  if (out !== undefined) return out;
  const planDoc = plan.number?.value ?? undefined;
  const own = (targets: Measure['targets'], note?: TargetSet['note']): TargetSet => ({
    source: 'plan',
    ...(planDoc !== undefined && { document: planDoc }),
    ...(note && { note }),
    targets,
  });
  const overrides = new Map((plan.targetOverrides ?? []).map((o) => [o.measureId, o]));
  out = places(catalog.objectives).map(({ m, i, o }): PlanMeasure => {
    const national: TargetSet = { source: 'catalog', document: catalog.decision.number, targets: m.targets };
    const place = { origin: 'catalog' as const, indicatorId: i.id, objectiveId: o.id };
    const override = overrides.get(m.id);
    if (override === undefined) return { measure: m, ...place, targets: national };
    return {
      measure: { ...m, targets: override.targets },
      ...place,
      targets: own(override.targets, override.note),
      other: national,
    };
  });
  for (const { m, i, o } of places(plan.ownObjectives ?? []))
    out.push({ measure: m, origin: 'plan', indicatorId: i.id, objectiveId: o.id, targets: own(m.targets) });
  byCatalog.set(catalog, out);
  return out;
}

const catalogs = new WeakMap<PlanMeasuresInput, WeakMap<IndicatorCatalog, IndicatorCatalog>>();

/**
 * The catalog as the plan tracks it, for the functions that take a catalog (report checks,
 * duties, counted units): the catalog's objectives with the measures of {@link planMeasures}
 * (targets in force for the plan), then the plan's own objectives. The same measure objects as
 * `planMeasures`; cached per plan and catalog. Provenance is `planMeasures`' alone: never pass
 * this catalog back to `planMeasures` (it would report the plan's targets as the catalog's).
 */
export function planCatalog(plan: PlanMeasuresInput, catalog: IndicatorCatalog): IndicatorCatalog {
  let byCatalog = catalogs.get(plan);
  if (byCatalog === undefined) {
    byCatalog = new WeakMap();
    catalogs.set(plan, byCatalog);
  }
  let out = byCatalog.get(catalog);
  if (out === undefined) {
    if (!plan.targetOverrides?.length && !plan.ownObjectives?.length) out = catalog;
    else {
      const measures = new Map(planMeasures(plan, catalog).map((p) => [p.measure.id, p.measure]));
      out = {
        ...catalog,
        objectives: [
          ...catalog.objectives.map((o) => ({
            ...o,
            indicators: o.indicators.map((i) => ({
              ...i,
              measures: i.measures.map((m) => measures.get(m.id) ?? m),
            })),
          })),
          ...(plan.ownObjectives ?? []),
        ],
      };
    }
    byCatalog.set(catalog, out);
  }
  return out;
}
