import {
  IdSchema,
  LocalizedTextSchema,
  MeasureProgressSchema,
  MeasureSchema,
  ProgressStatusSchema,
  YearSchema,
} from '@kehoach/sdk';
import * as z from 'zod/mini';

const UnitRef = z.object({ id: IdSchema, name: LocalizedTextSchema });

/**
 * What `kh-indicator-card` shows: one measure, its progress for one unit and, optionally,
 * the latest value and status of each sub-unit. A JSON snapshot at `src` must match it.
 */
export const IndicatorCardDataSchema = z.object({
  measure: MeasureSchema,
  unit: z.optional(UnitRef),
  progress: MeasureProgressSchema,
  breakdown: z.optional(
    z.array(
      z.object({
        unit: UnitRef,
        latest: z.nullable(z.object({ year: YearSchema, value: z.number() })),
        status: ProgressStatusSchema,
      }),
    ),
  ),
});
export type IndicatorCardData = z.infer<typeof IndicatorCardDataSchema>;
