import { OrganizationRegistrySchema } from '../../schemas/organization.js';
import type { RouteDef } from '../route.js';
import { PlanParams } from './params.js';

/** `getOrganizations`: Agencies, administrative units and successions. */
export const getOrganizationsRoute = {
  name: 'getOrganizations',
  method: 'GET',
  path: '/api/v1/plans/:planId/organizations',
  access: 'public',
  params: PlanParams,
  response: OrganizationRegistrySchema,
} as const satisfies RouteDef;
