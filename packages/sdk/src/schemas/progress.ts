import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, YearSchema } from './common.js';
import { CategoriesSchema } from './dimension.js';
import { ComparatorSchema, TargetSchema } from './indicator.js';

/** Progress statuses of the Open SDG method. */
export const ProgressStatusSchema = z.enum([
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
]);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

/** Why a status is `not_available`. */
export const NotAvailableReasonSchema = z.enum([
  'no_data',
  'too_few_points',
  'not_finite',
  'duplicate_year',
  'year_out_of_range',
  'out_of_bounds',
  'zero_base',
  'sign_change',
  'target_not_applicable',
  'no_required_growth',
]);
export type NotAvailableReason = z.infer<typeof NotAvailableReasonSchema>;

const Point = z.object({ year: YearSchema, value: z.number() });

/** Whether a milestone's comparator holds for the value observed at (or latest before) its year. */
export const MilestoneResultSchema = z.object({
  year: YearSchema,
  kind: z.enum(['level', 'maintain']),
  comparator: ComparatorSchema,
  value: z.number(),
  observed: z.nullable(Point),
  /** null when there is no observation to judge by. */
  achieved: z.nullable(z.boolean()),
  /** The milestone's year has passed relative to the assessment year. */
  due: z.boolean(),
});
export type MilestoneResult = z.infer<typeof MilestoneResultSchema>;

/** Year-on-year change of a count against a yearly-change target. */
export const YearlyChangeResultSchema = z.object({
  year: YearSchema,
  changePercent: z.number(),
  met: z.boolean(),
  inTargetPeriod: z.boolean(),
});
export type YearlyChangeResult = z.infer<typeof YearlyChangeResultSchema>;

/** Result of `assessProgress`, also what the API returns for each series. */
export const AssessmentSchema = z.object({
  status: ProgressStatusSchema,
  reason: z.optional(NotAvailableReasonSchema),
  method: z.enum(['target', 'no_target', 'yearly_change']),
  /** Observed over required growth (target), or the signed growth rate itself (no target). */
  ratio: z.nullable(z.number()),
  base: z.nullable(Point),
  latest: z.nullable(Point),
  target: z.nullable(TargetSchema),
  /** Value on the straight line from the base to the target, for the assessment year. */
  expected: z.nullable(Point),
  milestones: z.array(MilestoneResultSchema),
  yearlyChanges: z.optional(z.array(YearlyChangeResultSchema)),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * A measure's targets as one document sets them, with their provenance: the catalog's (`catalog`,
 * `document` the decision's number, "23/QĐ-TTg") or the plan's own (`plan`, `document` the plan's
 * number when it has one), with the plan's note on why.
 */
export const TargetSetSchema = z.object({
  source: z.enum(['catalog', 'plan']),
  document: z.optional(z.string()),
  note: z.optional(LocalizedTextSchema),
  targets: z.array(TargetSchema),
});
export type TargetSet = z.infer<typeof TargetSetSchema>;

/** The yearly points of a series as served (the total's, or a category's). */
const SeriesPointsSchema = z.array(
  z.object({
    year: YearSchema,
    value: z.number(),
    numerator: z.optional(z.number()),
    denominator: z.optional(z.number()),
    /** Beside the unit's own figure (the value), what its units' figures give: `figures` of them. */
    computed: z.optional(
      z.object({ value: z.nullable(z.number()), denominator: z.optional(z.number()), figures: z.number() }),
    ),
    /** A share of units: `reported` units answered of the `expected` the registry has in force. */
    coverage: z.optional(z.object({ reported: z.number(), expected: z.number() })),
  }),
);

/** One category series of a disaggregated measure (phân tổ), assessed against the category's targets. */
export const CategoryProgressSchema = z.object({
  /** Dimension id → category id, as the observations carry them. */
  categories: CategoriesSchema,
  series: SeriesPointsSchema,
  assessment: AssessmentSchema,
  contributors: z.array(IdSchema),
});
export type CategoryProgress = z.infer<typeof CategoryProgressSchema>;

/**
 * An additive measure's parts by `dimension` that add up to more than the figure they break
 * down (the total when `categories` is empty) in `year`: `sum` of the values (counts), or of a
 * rate's numerators or denominators (`field`), against `limit`. Shown as a data problem, never
 * corrected.
 */
export const PartsExceedSchema = z.object({
  year: YearSchema,
  categories: CategoriesSchema,
  dimension: IdSchema,
  field: z.enum(['value', 'numerator', 'denominator']),
  sum: z.number(),
  limit: z.number(),
});
export type PartsExceed = z.infer<typeof PartsExceedSchema>;

/** Progress of one measure for one unit, as served to dashboards. */
export const MeasureProgressSchema = z.object({
  measureId: IdSchema,
  unitId: IdSchema,
  /** The total's series. */
  series: SeriesPointsSchema,
  assessment: AssessmentSchema,
  /** The targets in force for the plan, which the assessment is against (`planMeasures`). */
  targets: z.optional(TargetSetSchema),
  /** The other targets kept: the catalog's when the plan overrides them; not assessed. */
  otherTargets: z.optional(TargetSetSchema),
  /** Units whose values were combined into this series (predecessors, merged units). */
  contributors: z.array(IdSchema),
  illustrative: z.boolean(),
  /** Each category series present (a measure with `disaggregation`); absent when there is none. */
  breakdown: z.optional(z.array(CategoryProgressSchema)),
  /** Additive parts that exceed their whole; absent when there is none. */
  partsExceed: z.optional(z.array(PartsExceedSchema)),
});
export type MeasureProgress = z.infer<typeof MeasureProgressSchema>;
