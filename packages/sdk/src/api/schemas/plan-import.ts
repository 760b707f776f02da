import * as z from 'zod/mini';
import { IdSchema } from '../../schemas/common.js';
import { IndicatorCatalogSchema } from '../../schemas/indicator.js';
import { OrganizationRegistrySchema } from '../../schemas/organization.js';
import { PlanSchema } from '../../schemas/plan.js';

/**
 * A plan bundle sent by an operator (`importPlan`): the plan, its registry and, unless the
 * plan's catalog is already stored, the catalog. The same parts as a bundle directory.
 */
export const PlanImportRequestSchema = z.strictObject({
  plan: PlanSchema,
  registry: OrganizationRegistrySchema,
  catalog: z.optional(IndicatorCatalogSchema),
});
export type PlanImportRequest = z.infer<typeof PlanImportRequestSchema>;

/** What an import did: a first version, a next version, or nothing (content identical to the latest). */
export const PlanImportResultSchema = z.object({
  planId: IdSchema,
  version: z.int().check(z.gte(1)),
  outcome: z.enum(['created', 'updated', 'unchanged']),
});
export type PlanImportResult = z.infer<typeof PlanImportResultSchema>;

/** One stored version of a plan (phiên bản kế hoạch), oldest first; `current` is the one served. */
export const PlanVersionSchema = z.object({
  version: z.int().check(z.gte(1)),
  catalogId: IdSchema,
  /** SHA-256 (hex) of plan, registry and catalog read as data: equal content, equal hash. */
  contentHash: z.string(),
  importedAt: z.iso.datetime(),
  current: z.boolean(),
});
export type PlanVersion = z.infer<typeof PlanVersionSchema>;
