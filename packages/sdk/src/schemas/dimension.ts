import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema } from './common.js';

/** A category of a dimension (phân tổ): "urban", "female", "under 5". */
export const CategorySchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
});
export type Category = z.infer<typeof CategorySchema>;

/**
 * A dimension of disaggregation (tiêu chí phân tổ) a catalog declares: sex, area (urban/rural,
 * mountain …), age group, ethnicity, disability, or a plan's own, with its categories.
 */
export const DimensionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  categories: z.array(CategorySchema),
});
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * Which dimensions a measure is broken down by, and whether its parts add up to its total
 * (`additive`: the counts of the categories of one dimension sum to at most the total; for a
 * rate, their numerators and denominators to at most the total's).
 */
export const DisaggregationSchema = z.strictObject({
  dimensions: z.array(IdSchema),
  additive: z.boolean(),
});
export type Disaggregation = z.infer<typeof DisaggregationSchema>;

/**
 * The category of each dimension a figure is for (dimension id → category id): `{ area: "rural",
 * sex: "female" }`. Absent: the total. The keys are checked against the catalog (a key that is no
 * dimension of the measure is `unknown_dimension`) by `disaggregationErrors` / `catalogRuleErrors`.
 * An object whose every key takes an id — what `z.catchall(z.object({}), IdSchema)` makes, built
 * directly: `z.record` weighs 0.5 KB gzip and `z.catchall`'s definition merging 0.1 KB in every
 * widget that reads a catalog or a report (the report form is at its budget). zod mini's object
 * constructors spread their params into the definition, where `catchall` is read.
 */
export const CategoriesSchema = z.strictObject({}, {
  catchall: IdSchema,
} as object) as unknown as CatchallOfIds;
// biome-ignore lint/complexity/noBannedTypes: the empty shape of an object with a catch-all, as `z.catchall` types it
type CatchallOfIds = z.ZodMiniObject<{}, z.core.$catchall<typeof IdSchema>>;
export type Categories = z.infer<typeof CategoriesSchema>;
