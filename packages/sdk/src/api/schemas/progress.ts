import * as z from 'zod/mini';
import { IdSchema, YearSchema } from '../../schemas/common.js';
import { MeasureProgressSchema } from '../../schemas/progress.js';

export const ProgressResponseSchema = z.object({
  planId: IdSchema,
  year: YearSchema,
  unitId: IdSchema,
  /** True when any value shown is illustrative demo data. */
  illustrative: z.boolean(),
  measures: z.array(MeasureProgressSchema),
});
export type ProgressResponse = z.infer<typeof ProgressResponseSchema>;

// In their own module, so a page that reads only the series does not bundle the assessments' schemas.
export * from './progress-series.js';
