import type { RouteDef } from '../route.js';
import { ProgressResponseSchema } from '../schemas/progress.js';
import { progressRequest } from './getProgressSeries.js';

/** `getProgress`: Progress of every measure by year and unit. */
export const getProgressRoute = {
  ...progressRequest,
  response: ProgressResponseSchema,
} as const satisfies RouteDef;
