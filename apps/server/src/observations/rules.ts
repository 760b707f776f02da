/**
 * The sdk's observation rules (`ObservationRules`: measures, units, figures, who reports what)
 * over the server's memoised plan logic, which answers "who owes which measure for which units"
 * in one pass for 3,321 communes where the sdk's per-agency walk would be quadratic.
 */
import { ObservationRules } from '@kehoach/sdk';
import type { PlanBundle } from '../services/bundles.js';
import { dutiesOf, jurisdictionOf, owingAgencies } from '../services/plan-logic.js';

export function planRules(bundle: PlanBundle): ObservationRules {
  return new ObservationRules(bundle, {
    owing: (year) => owingAgencies(bundle, year),
    measureIds: (agencyId, year) => dutiesOf(bundle, agencyId, year)?.measureIds ?? null,
    jurisdiction: (agencyId, year) => jurisdictionOf(bundle, agencyId, year),
  });
}
