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
 * Paths as the schema's (`objectives.0.indicators.2.measures.0.unit.kind`, after `prefix`); texts from `bundleMessages`.
 */
export function catalogRuleErrors(catalog: IndicatorCatalog, prefix: (string | number)[] = []): FieldError[] {
  const issues: { code: string; path: (string | number)[]; message: string }[] = [];
  if (catalog.period.from > catalog.period.to)
    issues.push({ code: 'custom', path: [...prefix, 'period', 'to'], message: 'year_range_order' });
  for (const [i, o] of catalog.objectives.entries())
    for (const [j, x] of o.indicators.entries())
      for (const [k, m] of x.measures.entries()) {
        const at = [...prefix, 'objectives', i, 'indicators', j, 'measures', k];
        if (m.unitsCounted && m.unit.kind !== 'percent')
          issues.push({ code: 'custom', path: [...at, 'unit', 'kind'], message: 'units_counted_percent' });
        for (const p of targetIssues(m.targets, catalog.period, [...at, 'targets']))
          issues.push({ code: 'custom', path: p.path, message: p.code });
      }
  return toFieldErrors(issues, bundleMessages);
}
