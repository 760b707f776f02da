import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';
import { IndicatorCatalogSchema } from '../../schemas/indicator.js';
import type { RouteDef } from '../route.js';

/** `getCatalog`: Indicator catalog. */
export const getCatalogRoute = {
  name: 'getCatalog',
  method: 'GET',
  path: '/api/v1/catalogs/:catalogId',
  access: 'public',
  params: z.strictObject({ catalogId: IdSchema }),
  response: IndicatorCatalogSchema,
} as const satisfies RouteDef;
