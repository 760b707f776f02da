import {
  bundleMessages,
  catalogRuleErrors,
  type IndicatorCatalog,
  IndicatorCatalogSchema,
  type OrganizationRegistry,
  OrganizationRegistrySchema,
  type PartPrefix,
  type Plan,
  PlanSchema,
  parseOrThrow,
  ValidationError,
  validateBundle,
} from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { sortByText } from '../db/order.js';
import type { Database } from '../db/schema.js';
import {
  BundleValidationError,
  checkBundle,
  type StoredPlanVersion,
  storePlanVersion,
} from './plan-versions.js';
import { progressChanged } from './progress-store.js';

/** A plan row's cache key: its update time and version (two imports within one clock tick differ). */
const planStamp = (r: { updated_at: string; version: number }) => `${r.updated_at}#${r.version}`;

export interface PlanBundle {
  plan: Plan;
  registry: OrganizationRegistry;
  catalog: IndicatorCatalog;
}

/**
 * Plans, catalogs and registries are stored in the database (seeded from `@kehoach/plans` or
 * loaded by an operator) and parsed once per stored version: each lookup costs one cheap query.
 */
export class BundleStore {
  private readonly plans = new Map<string, { stamp: string; plan: Plan; registry: OrganizationRegistry }>();
  private readonly catalogs = new Map<string, { stamp: string; catalog: IndicatorCatalog }>();

  private readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.db = db;
  }

  async listPlans(): Promise<Plan[]> {
    const rows = sortByText(await this.db.selectFrom('plans').select(['id']).execute(), (r) => r.id);
    const plans: Plan[] = [];
    for (const r of rows) {
      const p = await this.plan(r.id);
      if (p) plans.push(p.plan);
    }
    return plans;
  }

  async plan(id: string): Promise<{ plan: Plan; registry: OrganizationRegistry } | null> {
    const stamp = await this.db
      .selectFrom('plans')
      .select(['updated_at', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!stamp) return null;
    const cached = this.plans.get(id);
    if (cached && cached.stamp === planStamp(stamp)) return cached;
    const row = await this.db
      .selectFrom('plans')
      .select(['content', 'registry', 'updated_at', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const entry = {
      stamp: planStamp(row),
      plan: parseOrThrow(PlanSchema, JSON.parse(row.content), bundleMessages),
      registry: parseOrThrow(OrganizationRegistrySchema, JSON.parse(row.registry), bundleMessages),
    };
    this.plans.set(id, entry);
    return entry;
  }

  async catalog(id: string): Promise<IndicatorCatalog | null> {
    const stamp = await this.db
      .selectFrom('catalogs')
      .select('updated_at')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!stamp) return null;
    const cached = this.catalogs.get(id);
    if (cached && cached.stamp === stamp.updated_at) return cached.catalog;
    const row = await this.db
      .selectFrom('catalogs')
      .select(['content', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const catalog = parseOrThrow(IndicatorCatalogSchema, JSON.parse(row.content), bundleMessages);
    this.catalogs.set(id, { stamp: row.updated_at, catalog });
    return catalog;
  }

  async bundle(planId: string): Promise<PlanBundle | null> {
    // Every report request asks for its plan's bundle: both stamps in one query, and when
    // neither changed, the parsed bundle as it is.
    const stamps = await this.db
      .selectFrom('plans')
      .leftJoin('catalogs', 'catalogs.id', 'plans.catalog_id')
      .select([
        'plans.updated_at as updated_at',
        'plans.version as version',
        'plans.catalog_id as catalogId',
        'catalogs.updated_at as catalog',
      ])
      .where('plans.id', '=', planId)
      .executeTakeFirst();
    if (!stamps) return null;
    const cachedPlan = this.plans.get(planId);
    const cachedCatalog = this.catalogs.get(stamps.catalogId);
    if (cachedPlan?.stamp === planStamp(stamps) && cachedCatalog && cachedCatalog.stamp === stamps.catalog)
      return { plan: cachedPlan.plan, registry: cachedPlan.registry, catalog: cachedCatalog.catalog };
    const p = await this.plan(planId);
    if (!p) return null;
    const catalog = await this.catalog(p.plan.catalogId);
    if (!catalog) return null;
    return { plan: p.plan, registry: p.registry, catalog };
  }
}

/**
 * Who stores bundles, for the audit log: an admin account through the API, or the operator at
 * the server's machine (`kehoach plan import`, no account); none for the seed.
 */
export interface BundleActor {
  userId: string | null;
  userName: string | null;
  by: 'api' | 'operator';
}

/**
 * Store catalogs (insert or replace) and plans with their registry, all or nothing in one
 * transaction: the one way plans reach the database (seed, `kehoach plan import`, the operator
 * API). Everything is validated with the sdk (schemas, then the plan's references to its registry
 * and catalog — from `input.catalogs` or stored) before anything is written; a plan whose plan,
 * registry and catalog equal its latest version's is left as it is, otherwise it gets the next
 * version. With an actor, each plan gets an audit entry. `stamp` is the update time; pass a new
 * one so caches reload. Throws BundleValidationError (a ValidationError) naming every field.
 */
export async function storeBundles(
  db: Kysely<Database>,
  input: { catalogs: unknown[]; plans: { plan: unknown; registry: unknown }[] },
  stamp: string,
  actor?: BundleActor,
  prefix?: PartPrefix,
): Promise<StoredPlanVersion[]> {
  return db.transaction().execute(async (trx) => {
    const catalogs = new Map<string, IndicatorCatalog>();
    for (const c of input.catalogs) {
      const catalog = parseOrThrow(IndicatorCatalogSchema, c, bundleMessages);
      const rules = catalogRuleErrors(catalog);
      if (rules.length > 0) throw new ValidationError(rules);
      catalogs.set(catalog.id, catalog);
      const content = JSON.stringify(catalog);
      // An identical catalog keeps its stamp: caches of every plan reading it stay valid.
      const stored = await trx
        .selectFrom('catalogs')
        .select('content')
        .where('id', '=', catalog.id)
        .executeTakeFirst();
      if (stored?.content === content) continue;
      await trx
        .insertInto('catalogs')
        .values({ id: catalog.id, content, updated_at: stamp })
        .onConflict((oc) => oc.column('id').doUpdateSet({ content, updated_at: stamp }))
        .execute();
    }
    const results: StoredPlanVersion[] = [];
    for (const p of input.plans) {
      const id = (p.plan as { catalogId?: unknown } | null)?.catalogId;
      const bundle = await checkBundle(
        trx,
        {
          plan: p.plan,
          registry: p.registry,
          catalog: typeof id === 'string' ? catalogs.get(id) : undefined,
        },
        prefix,
      );
      const stored = await storePlanVersion(trx, bundle, stamp, actor?.userId ?? null);
      results.push(stored);
      if (actor)
        await trx
          .insertInto('audit_log')
          .values({
            at: stamp,
            user_id: actor.userId,
            user_name: actor.userName,
            agency_id: null,
            action: 'plan.imported',
            entity_type: 'plan',
            entity_id: stored.planId,
            detail: JSON.stringify({ version: stored.version, outcome: stored.outcome, by: actor.by }),
          })
          .execute();
    }
    // A plan, registry or catalog read differently moves progress; which plans read a catalog
    // is in the plans' content, so every plan's progress is recomputed (loading is rare).
    await progressChanged(trx, stamp);
    return results;
  });
}

/**
 * Import one bundle as an operator does (`kehoach plan import`, `POST /api/v1/plans`): a catalog
 * given with the plan must be the plan's (`catalog_mismatch`, before anything is stored — it is
 * not stored beside a plan that reads another), then `storeBundles`.
 */
export async function importBundle(
  db: Kysely<Database>,
  bundle: { plan: unknown; registry: unknown; catalog?: unknown },
  stamp: string,
  actor: BundleActor,
  prefix?: PartPrefix,
): Promise<StoredPlanVersion> {
  if (bundle.catalog !== undefined) {
    const r = validateBundle(bundle, prefix);
    if (!r.success) throw new BundleValidationError(r.errors);
  }
  const catalogs = bundle.catalog === undefined ? [] : [bundle.catalog];
  const [stored] = await storeBundles(
    db,
    { catalogs, plans: [{ plan: bundle.plan, registry: bundle.registry }] },
    stamp,
    actor,
    prefix,
  );
  return stored!;
}
