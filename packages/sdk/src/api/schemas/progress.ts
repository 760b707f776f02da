import * as z from 'zod/mini';
import { IdSchema, YearSchema } from '../../schemas/common.js';
import { MeasureProgressSchema } from '../../schemas/progress.js';

export const ProgressQuerySchema = z.strictObject({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(1900), z.lte(2100))),
  unitId: z.optional(IdSchema),
});

export const ProgressResponseSchema = z.object({
  planId: IdSchema,
  year: YearSchema,
  unitId: IdSchema,
  /** True when any value shown is illustrative demo data. */
  illustrative: z.boolean(),
  measures: z.array(MeasureProgressSchema),
});
export type ProgressResponse = z.infer<typeof ProgressResponseSchema>;
