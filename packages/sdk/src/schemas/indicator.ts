import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, NonBlankSchema, SourceSchema, unique, YearSchema } from './common.js';
import { CategoriesSchema, DimensionSchema, DisaggregationSchema } from './dimension.js';
import { INDICATOR_CODE_PATTERN } from './indicator-code.js';

/** How a target compares an observed value with its threshold: dưới (<), xuống (≤), đạt (≥), duy trì (=). */
export const ComparatorSchema = z.enum(['<', '≤', '≥', '=']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** Which way is better. */
export const DirectionSchema = z.enum(['increase', 'decrease']);
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * Unit of measure. Rates carry the factor their numerator/denominator is scaled by
 * (100 for a percentage, 1,000 for "per 1,000 live births"); counts have none.
 */
export const MeasureUnitSchema = z.strictObject({
  kind: z.enum(['percent', 'per_1000', 'per_100000', 'count']),
  /** What the denominator counts (e.g. "live births", "communes"), for rates. */
  denominator: z.optional(LocalizedTextSchema),
});
export type MeasureUnit = z.infer<typeof MeasureUnitSchema>;

const targetCommon = {
  /** True when the figure could not be confirmed against the legal text. */
  unconfirmed: z.optional(z.boolean()),
  note: z.optional(LocalizedTextSchema),
  /** The category the target is for ("rural": ≤ 20 %); absent: the total. */
  categories: z.optional(CategoriesSchema),
};

/**
 * A level or maintain target may be set for a phase (giai đoạn) rather than a milestone year:
 * "Giai đoạn 2021–2025: đạt 90%" is `phaseFrom: 2021, year: 2025`. The phase ends in `year`, which
 * is when it is assessed, so the engine reads it as any milestone; `phaseFrom` only says where the
 * phase starts. Before `year` (`year_range_order`) and inside the plan's or catalog's period
 * (`phase_outside_period`) are checked where bundles are written (`targetIssues`), not in every
 * page that reads a target: each check here weighs in the widgets' bundles.
 */
const milestone = {
  year: YearSchema,
  phaseFrom: z.optional(YearSchema),
  comparator: ComparatorSchema,
  value: z.number(),
  ...targetCommon,
};

/** Reach a level by a year: e.g. "≥ 97% by 2025". */
export const LevelTargetSchema = z.strictObject({ kind: z.literal('level'), ...milestone });

/** Keep a level already reached through a year: e.g. "100% ... duy trì" to 2030. */
export const MaintainTargetSchema = z.strictObject({ kind: z.literal('maintain'), ...milestone });

/**
 * Change a count every year between two years by at least `minPercent` (aiming for
 * `aimPercent`): e.g. child marriages cut by 2–3% a year from 2025 to 2030. `fromYear` <
 * `toYear` (`year_range_order`) and `aimPercent` ≥ `minPercent` (`aim_below_minimum`) are
 * checked where bundles are written (`targetIssues`), not in every page that reads a target.
 */
export const YearlyChangeTargetSchema = z.strictObject({
  kind: z.literal('yearly_change'),
  fromYear: YearSchema,
  toYear: YearSchema,
  minPercent: z.number().check(z.gt(0), z.lte(100)),
  aimPercent: z.optional(z.number().check(z.gt(0), z.lte(100))),
  ...targetCommon,
});

export const TargetSchema = z.discriminatedUnion('kind', [
  LevelTargetSchema,
  MaintainTargetSchema,
  YearlyChangeTargetSchema,
]);
export type Target = z.infer<typeof TargetSchema>;
export type LevelTarget = z.infer<typeof LevelTargetSchema>;
export type MaintainTarget = z.infer<typeof MaintainTargetSchema>;
export type YearlyChangeTarget = z.infer<typeof YearlyChangeTargetSchema>;

/**
 * Measure (chỉ số đo): the quantity reported yearly, e.g. "3a neonatal mortality". With
 * `unitsCounted` it is a share of administrative units ("tỷ lệ xã đạt …"): its denominator is the
 * registry's units of that level in force at the end of the year, never the units that reported.
 */
export const MeasureSchema = z.strictObject({
  id: IdSchema,
  /** Code as numbered in the decision: "3a", "14", "3.1", "II.3" ({@link INDICATOR_CODE_PATTERN}). */
  code: z.string().check(z.regex(INDICATOR_CODE_PATTERN, { error: 'indicator_code' })),
  title: LocalizedTextSchema,
  unit: MeasureUnitSchema,
  direction: DirectionSchema,
  targets: z.array(TargetSchema),
  /** True when the measure's figures are doubtful as published (indicator 15). */
  unconfirmed: z.optional(z.boolean()),
  note: z.optional(LocalizedTextSchema),
  /**
   * A share of the units of `level` (a percentage): each such unit answers yes (numerator 1 of 1)
   * or no (0 of 1); a unit above answers a count (numerator: how many of its units; denominator:
   * how many it has in force). Aggregated, the numerators add up and the denominator is the
   * registry's count of units of `level` in force on 31 December of the year under the target.
   */
  unitsCounted: z.optional(z.strictObject({ level: z.enum(['province', 'district', 'commune']) })),
  /** The catalog's dimensions this measure is broken down by (phân tổ), see docs/plan-bundle.md. */
  disaggregation: z.optional(DisaggregationSchema),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** Indicator (chỉ tiêu): numbered item of the decision, with one or more measures. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  number: z.int().check(z.gte(1), z.lte(999)),
  title: LocalizedTextSchema,
  measures: z.array(MeasureSchema).check(z.minLength(1)),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Objective (mục tiêu) grouping indicators. */
export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  number: z.int().check(z.gte(1), z.lte(99)),
  title: LocalizedTextSchema,
  indicators: z.array(IndicatorSchema).check(z.minLength(1)),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

/** A national decision's objectives and indicators, which provincial plans adopt. */
export const IndicatorCatalogSchema = z
  .strictObject({
    id: IdSchema,
    /** Decision that sets the indicators, e.g. "23/QĐ-TTg". */
    decision: z.strictObject({
      number: NonBlankSchema,
      date: z.iso.date(),
      issuer: LocalizedTextSchema,
      title: LocalizedTextSchema,
    }),
    period: z.strictObject({ from: YearSchema, to: YearSchema }),
    /**
     * The catalog is this list; it may be empty (a programme whose bundle tracks tasks only, or
     * whose targets are not written up yet). A list, not an optional part: a catalog is nothing else.
     */
    objectives: z.array(ObjectiveSchema),
    /** Dimensions of disaggregation its measures may declare (sex, area, age group …). */
    dimensions: z.optional(z.array(DimensionSchema)),
    source: SourceSchema,
  })
  .check(
    // The period's order (`year_range_order`) is checked where catalogs are written
    // (`catalogRuleErrors`): each check here weighs in every page that reads a catalog.
    // Indicator ids, and measure ids, are unique in the whole catalog (reports name measures by id).
    unique(['objectives']),
    unique(['objectives', 'indicators']),
    unique(['objectives', 'indicators', 'measures']),
    // Measure codes ("3a") are how the documents and the exports name a measure: one per catalog.
    unique(['objectives', 'indicators', 'measures'], ['code'], 'duplicate_code'),
  );
export type IndicatorCatalog = z.infer<typeof IndicatorCatalogSchema>;
