import { reportReferenceDate } from '../schedule/due-date.js';
import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';
import { resolveAgency } from '../succession/resolve.js';

/**
 * The agency that receives and reviews the plan's reports of `year` (a period key, or a year): the plan's `viaAgencyId`
 * (else its `recipientAgencyId`, else — a plan that names no recipient — its issuer), resolved
 * to its successor at the year's reference date ({@link reportReferenceDate}), through
 * `viaFunction` when the plan names one (the lead's duties went to several successors).
 * @throws {UnknownEntityError} when the plan names an agency not in the registry.
 */
export function reviewingAgencyId(
  plan: Pick<Plan, 'reporting' | 'issuer'>,
  registry: OrganizationRegistry,
  year: string | number,
): string {
  const r = plan.reporting;
  const fn = r.viaFunction === undefined ? undefined : { function: r.viaFunction };
  const id = r.viaAgencyId ?? r.recipientAgencyId ?? plan.issuer.agencyId;
  return resolveAgency(registry, id, reportReferenceDate(plan, year), fn).id;
}
