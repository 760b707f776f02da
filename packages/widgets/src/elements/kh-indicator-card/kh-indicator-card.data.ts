import {
  DimensionSchema,
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
 * `measure` is the measure as the plan tracks it (the sdk's `planMeasures`: its targets are the
 * ones in force for the plan); when the plan overrides its catalog, `progress.otherTargets`
 * holds the catalog's and both sets show, each with its provenance (`progress.targets`).
 * `dimensions` (the catalog's) name the categories of `progress.breakdown`, the measure's figures
 * by category (phân tổ); without them the categories show by id.
 */
export const IndicatorCardDataSchema = z.object({
  measure: MeasureSchema,
  unit: z.optional(UnitRef),
  progress: MeasureProgressSchema,
  dimensions: z.optional(z.array(DimensionSchema)),
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
