import {
  IndicatorCatalogSchema,
  OrganizationsOutlineSchema,
  PlanOutlineSchema,
  ProgressOutlineResponseSchema,
} from '@kehoach/sdk';
import * as z from 'zod/mini';

/**
 * What `kh-progress-dashboard` shows, and the shape of a JSON snapshot at `src`: the bodies of
 * the API's `getPlan`, `getCatalog`, `getOrganizations` and one or more `getProgress` answers
 * (one per year and unit the snapshot offers), side by side. The year and unit pickers offer
 * what `progress` holds; the first entry is shown first.
 *
 * ```json
 * { "plan": {…}, "catalog": {…}, "organizations": {…},
 *   "progress": [{ "planId": "…", "year": 2026, "unitId": "…", "illustrative": true, "measures": […] }] }
 * ```
 */
export const ProgressDashboardDataSchema = z.object({
  /** The plan as `getPlan` answers it; the dashboard reads its outline (`PlanOutlineSchema`). */
  plan: PlanOutlineSchema,
  catalog: IndicatorCatalogSchema,
  /** The `getOrganizations` body, read for names and successions (`OrganizationsOutlineSchema`). */
  organizations: OrganizationsOutlineSchema,
  /** `getProgress` bodies, read as a progress table reads them (`ProgressOutlineResponseSchema`). */
  progress: z.array(ProgressOutlineResponseSchema).check(z.minLength(1)),
});
export type ProgressDashboardData = z.infer<typeof ProgressDashboardDataSchema>;
