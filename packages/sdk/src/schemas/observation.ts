import * as z from 'zod/mini';
import { IdSchema, NonBlankSchema, YearSchema } from './common.js';
import { CategoriesSchema } from './dimension.js';

/**
 * One yearly value of a measure for an administrative unit, attributed to the unit that
 * existed in that year. Rates keep numerator and denominator so they can be summed upward.
 */
export const ObservationSchema = z
  .strictObject({
    measureId: IdSchema,
    unitId: IdSchema,
    year: YearSchema,
    /** The category of each dimension the value is for; absent: the total. */
    categories: z.optional(CategoriesSchema),
    value: z.number(),
    numerator: z.optional(z.number().check(z.gte(0))),
    denominator: z.optional(z.number().check(z.gt(0))),
    /** Demo or invented data: shown as "illustrative", never as statistics. */
    illustrative: z.optional(z.boolean()),
    source: z.optional(NonBlankSchema),
  })
  .check(
    z.refine((o) => (o.numerator === undefined) === (o.denominator === undefined), {
      error: 'numerator_denominator_pair',
      path: ['denominator'],
    }),
  );
export type Observation = z.infer<typeof ObservationSchema>;

/** A point of a series handed to `assessProgress`. */
export interface SeriesPoint {
  year: number;
  value: number;
}
