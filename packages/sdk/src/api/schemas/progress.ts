import * as z from 'zod/mini';
import { IdSchema, YearSchema } from '../../schemas/common.js';
import { CategoriesSchema } from '../../schemas/dimension.js';
import { TargetSchema } from '../../schemas/indicator.js';
import {
  MeasureProgressSchema,
  NotAvailableReasonSchema,
  ProgressStatusSchema,
} from '../../schemas/progress.js';

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

const OutlinePoints = z.array(
  z.object({
    year: YearSchema,
    value: z.number(),
    computed: z.optional(z.object({ value: z.nullable(z.number()), figures: z.number() })),
    coverage: z.optional(z.object({ reported: z.number(), expected: z.number() })),
  }),
);
const OutlineAssessment = z.object({
  status: ProgressStatusSchema,
  reason: z.optional(NotAvailableReasonSchema),
  latest: z.nullable(z.object({ year: YearSchema, value: z.number() })),
  milestones: z.array(z.object({ year: YearSchema, achieved: z.nullable(z.boolean()) })),
});

/**
 * What a progress table reads of a `getProgress` body (the dashboard): each measure's series
 * (with what its units' figures give), status and its reason, latest point, which milestones are
 * met, the targets in force and the figures by category with their own. The rest is left out, not
 * kept unchecked (engine details, the other targets, contributors, parts that exceed their whole):
 * a smaller check and a page's bundle without their schemas. Every `ProgressResponse` passes it
 * (a test says so); responses are open: newer fields pass.
 */
export const ProgressOutlineResponseSchema = z.object({
  planId: IdSchema,
  year: YearSchema,
  unitId: IdSchema,
  illustrative: z.boolean(),
  measures: z.array(
    z.object({
      measureId: IdSchema,
      series: OutlinePoints,
      assessment: OutlineAssessment,
      targets: z.optional(z.object({ targets: z.array(TargetSchema) })),
      breakdown: z.optional(
        z.array(
          z.object({ categories: CategoriesSchema, series: OutlinePoints, assessment: OutlineAssessment }),
        ),
      ),
    }),
  ),
});
export type ProgressOutlineResponse = z.infer<typeof ProgressOutlineResponseSchema>;
