import {
  bundleMessages,
  catalogRuleErrors,
  type IndicatorCatalog,
  IndicatorCatalogSchema,
  type OrganizationRegistry,
  OrganizationRegistrySchema,
  type Plan,
  PlanSchema,
  parseOrThrow,
  ValidationError,
} from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { sortByText } from '../db/order.js';
import type { Database } from '../db/schema.js';
import { progressChanged } from './progress-store.js';

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
      .select('updated_at')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!stamp) return null;
    const cached = this.plans.get(id);
    if (cached && cached.stamp === stamp.updated_at) return cached;
    const row = await this.db
      .selectFrom('plans')
      .select(['content', 'registry', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const entry = {
      stamp: row.updated_at,
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
      .select(['plans.updated_at as plan', 'plans.catalog_id as catalogId', 'catalogs.updated_at as catalog'])
      .where('plans.id', '=', planId)
      .executeTakeFirst();
    if (!stamps) return null;
    const cachedPlan = this.plans.get(planId);
    const cachedCatalog = this.catalogs.get(stamps.catalogId);
    if (cachedPlan?.stamp === stamps.plan && cachedCatalog && cachedCatalog.stamp === stamps.catalog)
      return { plan: cachedPlan.plan, registry: cachedPlan.registry, catalog: cachedCatalog.catalog };
    const p = await this.plan(planId);
    if (!p) return null;
    const catalog = await this.catalog(p.plan.catalogId);
    if (!catalog) return null;
    return { plan: p.plan, registry: p.registry, catalog };
  }
}

/**
 * Store (insert or replace) a catalog and plans with their registry, validated with the sdk's
 * schemas. `stamp` is the update time; pass a new one so caches reload.
 */
export async function storeBundles(
  db: Kysely<Database>,
  input: { catalogs: IndicatorCatalog[]; plans: { plan: Plan; registry: OrganizationRegistry }[] },
  stamp: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const c of input.catalogs) {
      const catalog = parseOrThrow(IndicatorCatalogSchema, c, bundleMessages);
      const rules = catalogRuleErrors(catalog);
      if (rules.length > 0) throw new ValidationError(rules);
      const content = JSON.stringify(catalog);
      await trx
        .insertInto('catalogs')
        .values({ id: catalog.id, content, updated_at: stamp })
        .onConflict((oc) => oc.column('id').doUpdateSet({ content, updated_at: stamp }))
        .execute();
    }
    for (const p of input.plans) {
      const plan = parseOrThrow(PlanSchema, p.plan, bundleMessages);
      const registry = parseOrThrow(OrganizationRegistrySchema, p.registry, bundleMessages);
      const content = JSON.stringify(plan);
      const reg = JSON.stringify(registry);
      await trx
        .insertInto('plans')
        .values({ id: plan.id, catalog_id: plan.catalogId, content, registry: reg, updated_at: stamp })
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ catalog_id: plan.catalogId, content, registry: reg, updated_at: stamp }),
        )
        .execute();
    }
    // A plan, registry or catalog read differently moves progress; which plans read a catalog
    // is in the plans' content, so every plan's progress is recomputed (loading is rare).
    await progressChanged(trx, stamp);
  });
}
