import {
  type BundleError,
  bundleFieldError,
  type IndicatorCatalog,
  type OrganizationRegistry,
  type PartPrefix,
  type Plan,
  ValidationError,
  validateBundle,
} from '@kehoach/sdk';
import type { Kysely, Transaction } from 'kysely';
import { planContentHash } from '../db/plan-hash.js';
import type { Database } from '../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

/** Refused bundle: the sdk's field errors, each with the part (file) it is in. */
export class BundleValidationError extends ValidationError {
  readonly bundleErrors: BundleError[];
  constructor(errors: BundleError[]) {
    super(errors.map((e) => e.error));
    this.name = 'BundleValidationError';
    this.bundleErrors = errors;
  }
}

/** What importing one plan did: a first version, a next one, or nothing (identical content). */
export interface StoredPlanVersion {
  planId: string;
  version: number;
  outcome: 'created' | 'updated' | 'unchanged';
}

/** One version as listed (without its content). */
export interface PlanVersionSummary {
  version: number;
  catalogId: string;
  contentHash: string;
  importedAt: string;
  importedBy: string | null;
  current: boolean;
}

/**
 * Validate a bundle whose catalog is `catalog`, or, when undefined, the one stored under the plan's
 * `catalogId` (read in `q`, so inside the import's transaction). Throws BundleValidationError.
 */
export async function checkBundle(
  q: Q,
  input: { plan: unknown; registry: unknown; catalog?: unknown },
  prefix?: PartPrefix,
): Promise<{ plan: Plan; registry: OrganizationRegistry; catalog: IndicatorCatalog }> {
  let catalog = input.catalog;
  if (catalog === undefined) {
    const id = (input.plan as { catalogId?: unknown } | null)?.catalogId;
    const row =
      typeof id === 'string'
        ? await q.selectFrom('catalogs').select('content').where('id', '=', id).executeTakeFirst()
        : undefined;
    if (typeof id === 'string' && !row)
      throw new BundleValidationError([bundleFieldError('plan', ['catalogId'], 'unknown_catalog', prefix)]);
    // The stored catalog is checked like one given with the plan (its schema again: cheap).
    if (row) catalog = JSON.parse(row.content);
  }
  const r = validateBundle({ plan: input.plan, registry: input.registry, catalog }, prefix);
  if (!r.success) throw new BundleValidationError(r.errors);
  return r.data as { plan: Plan; registry: OrganizationRegistry; catalog: IndicatorCatalog };
}

/**
 * Store a plan (checked by `checkBundle`) as its next version unless the latest one holds the same plan, registry and catalog
 * (then nothing is written: "unchanged"). `plans` keeps the current version for readers.
 */
export async function storePlanVersion(
  q: Q,
  bundle: { plan: Plan; registry: OrganizationRegistry; catalog: IndicatorCatalog },
  stamp: string,
  importedBy: string | null,
): Promise<StoredPlanVersion> {
  const { plan } = bundle;
  const content = JSON.stringify(plan);
  const registry = JSON.stringify(bundle.registry);
  const catalog = JSON.stringify(bundle.catalog);
  const hash = planContentHash(content, registry, catalog);
  const latest = await q
    .selectFrom('plan_versions')
    .select(['version', 'content_hash'])
    .where('plan_id', '=', plan.id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest?.content_hash === hash)
    return { planId: plan.id, version: latest.version, outcome: 'unchanged' };
  const version = (latest?.version ?? 0) + 1;
  const row = { catalog_id: plan.catalogId, content, registry, updated_at: stamp, version };
  await q
    .insertInto('plans')
    .values({ id: plan.id, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  await q
    .insertInto('plan_versions')
    .values({
      plan_id: plan.id,
      version,
      catalog_id: plan.catalogId,
      catalog,
      content,
      registry,
      content_hash: hash,
      imported_at: stamp,
      imported_by: importedBy,
    })
    .execute();
  return { planId: plan.id, version, outcome: version === 1 ? 'created' : 'updated' };
}

/** The plan's current version number (what a new report is written against); 1 when unknown. */
export async function currentPlanVersion(q: Q, planId: string): Promise<number> {
  const row = await q.selectFrom('plans').select('version').where('id', '=', planId).executeTakeFirst();
  return row?.version ?? 1;
}

/** The versions of a plan, oldest first; null when there is no such plan. */
export async function listPlanVersions(q: Q, planId: string): Promise<PlanVersionSummary[] | null> {
  const plan = await q.selectFrom('plans').select('version').where('id', '=', planId).executeTakeFirst();
  if (!plan) return null;
  const rows = await q
    .selectFrom('plan_versions')
    .select(['version', 'catalog_id', 'content_hash', 'imported_at', 'imported_by'])
    .where('plan_id', '=', planId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    catalogId: r.catalog_id,
    contentHash: r.content_hash,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    current: r.version === plan.version,
  }));
}

/** One stored version's plan, registry and catalog; null when there is none. */
export async function readPlanVersion(
  q: Q,
  planId: string,
  version: number,
): Promise<{ plan: Plan; registry: OrganizationRegistry; catalog: IndicatorCatalog } | null> {
  const row = await q
    .selectFrom('plan_versions')
    .select(['content', 'registry', 'catalog'])
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return null;
  return {
    plan: JSON.parse(row.content) as Plan,
    registry: JSON.parse(row.registry) as OrganizationRegistry,
    catalog: JSON.parse(row.catalog) as IndicatorCatalog,
  };
}
