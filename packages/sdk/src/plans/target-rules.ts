import type { IndicatorCatalog, Objective, Target } from '../schemas/indicator.js';
import type { Plan } from '../schemas/plan.js';

/** A rule broken at a path of the plan, as `bundleFieldError` words it. */
export interface PlanRuleIssue {
  path: (string | number)[];
  code: string;
}

/**
 * The rules between a target's fields, checked where bundles are written rather than in
 * `TargetSchema` (each check there weighs in every widget that reads a target): of `targets`, at
 * `path`, a yearly change runs forward (`fromYear` < `toYear`: `year_range_order`) and aims no
 * lower than its minimum (`aim_below_minimum`); a phase target (`phaseFrom` … `year`) starts
 * before its end year (`year_range_order`) and lies within `period` (`phase_outside_period`).
 * Shared by the plan's targets and the catalog's (`catalogRuleErrors`).
 */
export function targetIssues(
  targets: readonly Target[],
  period: { from: number; to: number },
  path: (string | number)[],
): PlanRuleIssue[] {
  const out: PlanRuleIssue[] = [];
  targets.forEach((t, k) => {
    const at = [...path, k];
    if (t.kind === 'yearly_change') {
      if (t.fromYear >= t.toYear) out.push({ path: [...at, 'toYear'], code: 'year_range_order' });
      if (t.aimPercent !== undefined && t.aimPercent < t.minPercent)
        out.push({ path: [...at, 'aimPercent'], code: 'aim_below_minimum' });
      return;
    }
    if (t.phaseFrom === undefined) return;
    if (t.phaseFrom >= t.year) out.push({ path: [...path, k, 'phaseFrom'], code: 'year_range_order' });
    else if (t.phaseFrom < period.from || t.year > period.to)
      out.push({ path: [...path, k, 'phaseFrom'], code: 'phase_outside_period' });
  });
  return out;
}

/**
 * The rules of a plan's own targets and measures (Catalogs and targets), which need the catalog:
 * - `unknown_override_measure` — a target override names a measure of the catalog;
 *   `duplicate_id` — one override per measure;
 * - `catalog_duplicate_id` / `catalog_duplicate_code` — the plan's own objectives, indicators and
 *   measures use no id, and its measures no code, of the catalog; `duplicate_id` /
 *   `duplicate_code` — nor one of the plan's own twice;
 * - `year_range_order`, `aim_below_minimum`, `phase_outside_period` — the plan's targets
 *   (overrides and own measures) as {@link targetIssues} says, phases within the plan's period.
 * Without a catalog (not known yet) only the plan's own lists are checked. Pure; plan order.
 */
export function planTargetErrors(
  plan: Pick<Plan, 'period' | 'targetOverrides' | 'ownObjectives'>,
  catalog: IndicatorCatalog | undefined,
): PlanRuleIssue[] {
  const out: PlanRuleIssue[] = [];
  const inCatalog = new Set<string>();
  // Keyed by level, as the catalog's own uniqueness is: an indicator may share an objective's id.
  for (const o of catalog?.objectives ?? []) {
    inCatalog.add(`objective ${o.id}`);
    for (const i of o.indicators) {
      inCatalog.add(`indicator ${i.id}`);
      for (const m of i.measures) inCatalog.add(`measure ${m.id}`).add(`code ${m.code}`);
    }
  }
  const overridden = new Set<string>();
  (plan.targetOverrides ?? []).forEach((o, i) => {
    if (catalog && !inCatalog.has(`measure ${o.measureId}`))
      out.push({ path: ['targetOverrides', i, 'measureId'], code: 'unknown_override_measure' });
    else if (overridden.has(o.measureId))
      out.push({ path: ['targetOverrides', i, 'measureId'], code: 'duplicate_id' });
    overridden.add(o.measureId);
    out.push(...targetIssues(o.targets, plan.period, ['targetOverrides', i, 'targets']));
  });
  const seen = new Set<string>();
  const claim = (
    level: 'objective' | 'indicator' | 'measure' | 'code',
    value: string,
    path: (string | number)[],
  ) => {
    const key = `${level} ${value}`;
    const kind = level === 'code' ? 'code' : 'id';
    if (inCatalog.has(key)) out.push({ path, code: `catalog_duplicate_${kind}` });
    else if (seen.has(key)) out.push({ path, code: `duplicate_${kind}` });
    else seen.add(key);
  };
  (plan.ownObjectives ?? []).forEach((o: Objective, a) => {
    const at = ['ownObjectives', a];
    claim('objective', o.id, [...at, 'id']);
    o.indicators.forEach((x, b) => {
      const ai = [...at, 'indicators', b];
      claim('indicator', x.id, [...ai, 'id']);
      x.measures.forEach((m, c) => {
        const am = [...ai, 'measures', c];
        claim('measure', m.id, [...am, 'id']);
        claim('code', m.code, [...am, 'code']);
        out.push(...targetIssues(m.targets, plan.period, [...am, 'targets']));
      });
    });
  });
  return out;
}
