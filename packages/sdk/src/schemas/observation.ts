import * as z from 'zod/mini';
import { parsePeriod } from '../periods/key.js';
import { IdSchema, NonBlankSchema, YearSchema } from './common.js';
import { CategoriesSchema } from './dimension.js';
import { SubYearPeriodSchema } from './period.js';

/**
 * One value of a measure for an administrative unit, attributed to the unit that existed in
 * that year: the year's value, or — with `period` — a half year's, a quarter's or a month's
 * (statistics published more often than yearly). Rates keep numerator and denominator so they
 * can be summed upward.
 */
export const ObservationSchema = z
  .strictObject({
    measureId: IdSchema,
    unitId: IdSchema,
    year: YearSchema,
    /**
     * The period within `year` the value is for (kỳ của số liệu: `2026-H1`, `2026-Q3`,
     * `2026-07`); absent: the whole year. Progress is assessed on yearly values
     * (`yearFigures`: a period that closes the year stands for it when the year has no value).
     */
    period: z.optional(SubYearPeriodSchema),
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
    // The period is of the figure's year: `year` stays what yearly readers group by.
    z.refine((o) => o.period === undefined || parsePeriod(o.period)?.year === o.year, {
      error: 'period_of_year',
      path: ['period'],
    }),
  );
export type Observation = z.infer<typeof ObservationSchema>;

/** A point of a series handed to `assessProgress`. */
export interface SeriesPoint {
  year: number;
  value: number;
}
