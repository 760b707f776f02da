import { categoryProblems, dimensionCategories } from '../disaggregation/categories.js';
import { bundleMessages } from '../i18n/bundle-messages.js';
import { type FieldError, toFieldErrors } from '../i18n/validation.js';
import { targetIssues } from '../plans/target-rules.js';
import type { IndicatorCatalog } from './indicator.js';

/**
 * Rules of a catalog beyond `IndicatorCatalogSchema`, checked where catalogs are written (the
 * server's store, the `kehoach` command), not in every page that reads one — each check in the
 * schema weighs in the widgets' bundles:
 * - `year_range_order`: the catalog's `period.from` ≤ `period.to`;
 * - `units_counted_percent`: a share of units (`unitsCounted`) is a percentage;
 * - `year_range_order`, `aim_below_minimum`, `phase_outside_period`: the rules between a
 *   target's fields (`targetIssues`: a yearly change forward and aiming no lower than its
 *   minimum; a phase in order and within the catalog's period).
 * - `unknown_dimension`: a measure's `disaggregation.dimensions` names a dimension the catalog
 *   declares; a target's `categories` only dimensions its measure declares.
 * - `unknown_category`: a target's category is one of its dimension's.
 * - `duplicate_id`: two dimensions with one id, two categories of a dimension with one id, a
 *   dimension listed twice in one measure's `disaggregation.dimensions`.
 * Paths as the schema's (`objectives.0.indicators.2.measures.0.unit.kind`, after `prefix`); texts from `bundleMessages`.
 */
export function catalogRuleErrors(catalog: IndicatorCatalog, prefix: (string | number)[] = []): FieldError[] {
  const issues: { code: string; path: (string | number)[]; message: string }[] = [];
  if (catalog.period.from > catalog.period.to)
    issues.push({ code: 'custom', path: [...prefix, 'period', 'to'], message: 'year_range_order' });
  const dims = dimensionCategories(catalog);
  // Dimension and category ids are unique (here rather than in the schema, which every widget
  // that reads a catalog downloads).
  const seen = new Set<string>();
  for (const [d, dimension] of (catalog.dimensions ?? []).entries()) {
    if (seen.has(dimension.id))
      issues.push({ code: 'custom', path: [...prefix, 'dimensions', d, 'id'], message: 'duplicate_id' });
    seen.add(dimension.id);
    const ids = new Set<string>();
    for (const [c, category] of dimension.categories.entries()) {
      if (ids.has(category.id))
        issues.push({
          code: 'custom',
          path: [...prefix, 'dimensions', d, 'categories', c, 'id'],
          message: 'duplicate_id',
        });
      ids.add(category.id);
    }
  }
  for (const [i, o] of catalog.objectives.entries())
    for (const [j, x] of o.indicators.entries())
      for (const [k, m] of x.measures.entries()) {
        const at = [...prefix, 'objectives', i, 'indicators', j, 'measures', k];
        const issue = (path: (string | number)[], message: string) =>
          issues.push({ code: 'custom', path: [...at, ...path], message });
        if (m.unitsCounted && m.unit.kind !== 'percent') issue(['unit', 'kind'], 'units_counted_percent');
        for (const [d, id] of (m.disaggregation?.dimensions ?? []).entries()) {
          if (!dims.has(id)) issue(['disaggregation', 'dimensions', d], 'unknown_dimension');
          else if (m.disaggregation!.dimensions.indexOf(id) < d)
            issue(['disaggregation', 'dimensions', d], 'duplicate_id');
        }
        for (const [t, target] of m.targets.entries())
          for (const p of categoryProblems(catalog, m, target.categories))
            issue(['targets', t, 'categories', p.dimension], p.code);
        for (const p of targetIssues(m.targets, catalog.period, [...at, 'targets']))
          issues.push({ code: 'custom', path: p.path, message: p.code });
      }
  return toFieldErrors(issues, bundleMessages);
}
