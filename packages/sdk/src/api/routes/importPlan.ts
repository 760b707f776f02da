import type { RouteDef } from '../route.js';
import { PlanImportRequestSchema, PlanImportResultSchema } from '../schemas/plan-import.js';

/**
 * `importPlan`: store a plan bundle as the plan's next version (201), or nothing when it equals
 * the latest version (200); all or nothing, with an audit entry.
 */
export const importPlanRoute = {
  name: 'importPlan',
  method: 'POST',
  path: '/api/v1/plans',
  access: 'admin',
  body: PlanImportRequestSchema,
  response: PlanImportResultSchema,
  creates: true,
} as const satisfies RouteDef;
