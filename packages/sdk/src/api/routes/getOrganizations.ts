import { OrganizationRegistrySchema } from '../../schemas/organization.js';
import type { RouteDef } from '../route.js';
import { OrganizationsOutlineSchema } from '../schemas/organizations.js';
import { PlanParams } from './params.js';

/** The request of `getOrganizations`, shared by the full route and its outline. */
const organizationsRequest = {
  name: 'getOrganizations',
  method: 'GET',
  path: '/api/v1/plans/:planId/organizations',
  access: 'public',
  params: PlanParams,
} as const;

/** `getOrganizations`: Agencies, administrative units and successions. */
export const getOrganizationsRoute = {
  ...organizationsRequest,
  response: OrganizationRegistrySchema,
} as const satisfies RouteDef;

/**
 * `getOrganizations` for a page that names agencies and units and follows their successions
 * ({@link OrganizationsOutlineSchema}: the dashboard, the report form): the same request, a smaller check.
 */
export const getOrganizationsOutlineRoute = {
  ...organizationsRequest,
  response: OrganizationsOutlineSchema,
} as const satisfies RouteDef;
