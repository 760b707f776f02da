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

/**
 * What a client that reads only the series of a `getProgress` body checks (the report form's
 * last-year hints): measure ids and their yearly values. Every `ProgressResponse` passes it
 * (a test says so); the assessments are left unparsed, so a page's bundle need not carry their
 * schemas. Responses are open: newer fields pass.
 */
export const ProgressSeriesResponseSchema = z.object({
  measures: z.array(
    z.object({
      measureId: IdSchema,
      series: z.array(z.object({ year: YearSchema, value: z.number() })),
    }),
  ),
});
export type ProgressSeriesResponse = z.infer<typeof ProgressSeriesResponseSchema>;
