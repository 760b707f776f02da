/**
 * Demo data, from `@kehoach/mocks` — the one source of demo data shared with Storybook, the
 * widget tests and the portal's offline mode: the plan and catalog of `@kehoach/plans`, the demo
 * registry (the plan's registry with 16 illustrative communes and demo-only splits), the
 * illustrative observations, the 2025 and 2026 reports in their lifecycle states with their
 * events, and the demo accounts (password `demo-<username>-2026`; never use them in production).
 *
 * Everything stays flagged: observations and reports `illustrative = 1`, sources and texts
 * "Số liệu minh họa — illustrative", account names "(illustrative)".
 *
 * Seeding is safe to repeat (every start with SEED_DEMO=1 runs it): accounts and reports that
 * exist are left as they are (a report a demo user has changed keeps its changes); the
 * illustrative observations are reloaded only when the demo data changed (a hash in `meta`),
 * and never replace an observation that is not illustrative.
 *
 * Seeding is also safe to run at the same time from several processes on one database (several
 * instances started together): every row is created by an insert that skips what exists, and on
 * PostgreSQL the whole seed holds an advisory lock of its schema, so the second waits for the
 * first and then finds everything loaded.
 */
import { createHash } from 'node:crypto';
import { type DemoData, type DemoUser, demo } from '@kehoach/mocks';
import { ObservationSchema, parseOrThrow, ReportSchema, seriesKey } from '@kehoach/sdk';
import { type Kysely, sql } from 'kysely';
import * as z from 'zod/mini';
import { type Database, OBSERVATION_KEY } from './db/schema.js';
import { storeBundles } from './services/bundles.js';
import { currentPlanVersion } from './services/plan-versions.js';
import { progressChanged } from './services/progress-store.js';
import { isPostgres } from './services/tx.js';
import { createUserIfAbsent } from './services/users.js';

export { DEMO_YEAR, ILLUSTRATIVE_SOURCE } from '@kehoach/mocks';

export interface DemoAccount {
  username: string;
  password: string;
  role: 'reporter' | 'reviewer' | 'admin';
  agencyId: string | null;
  name: string;
}

/** The demo accounts (from `@kehoach/mocks`): one reporter per agency owing the 2026 report, reviewer, admin. */
export function demoAccounts(data: DemoData = demo): DemoAccount[] {
  return data.users.map((u: DemoUser) => ({
    username: u.username,
    password: u.password,
    role: u.role,
    agencyId: u.agencyId,
    name: u.name,
  }));
}

export interface SeedOptions {
  /** Create the demo accounts (default true). */
  users?: boolean;
  /** Load the illustrative observations (default true). */
  observations?: boolean;
  /** Load the demo reports of 2025 and 2026 with their events (default true). */
  reports?: boolean;
}

export interface SeedResult {
  plans: number;
  usersCreated: string[];
  /** Illustrative observations written by this run (0 when they were already loaded). */
  observations: number;
  /** Demo reports created by this run. */
  reportsCreated: number;
  /** True when nothing had to be loaded: the database already held this demo data. */
  alreadySeeded: boolean;
}

const META_OBSERVATIONS = 'demo.observations.sha256';

const DemoRowsSchema = z.strictObject({
  observations: z.array(ObservationSchema),
  reports: z.array(ReportSchema),
});

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const utc = (iso: string) => new Date(iso).toISOString();

export async function seedDemo(
  db: Kysely<Database>,
  now: Date,
  options: SeedOptions = {},
  data: DemoData = demo,
): Promise<SeedResult> {
  if (!isPostgres(db)) return seed(db, now, options, data);
  // A session lock needs one connection for the whole seed.
  return db.connection().execute(async (conn) => {
    const key = sql`hashtextextended('kehoach.seed.' || current_schema(), 0)`;
    await sql`select pg_advisory_lock(${key})`.execute(conn);
    try {
      return await seed(conn, now, options, data);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(conn);
    }
  });
}

async function seed(
  db: Kysely<Database>,
  now: Date,
  options: SeedOptions,
  data: DemoData,
): Promise<SeedResult> {
  const stamp = now.toISOString();
  // Everything is validated before anything is stored: an unknown key or a bad value in the
  // observations or the reports is an error naming its path, with nothing half-loaded.
  // Errors name `observations.12.sex`, `reports.3.content…`.
  parseOrThrow(DemoRowsSchema, {
    observations: options.observations === false ? [] : data.observations,
    reports: options.reports === false ? [] : data.reports,
  });
  await storeBundles(
    db,
    { catalogs: [data.catalog], plans: [{ plan: data.plan, registry: data.registry }] },
    stamp,
  );

  const usersCreated: string[] = [];
  if (options.users !== false) {
    for (const u of data.users) {
      const exists = await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', u.username)
        .executeTakeFirst();
      if (exists) continue;
      const created = await createUserIfAbsent(
        db,
        {
          // Random ids as for any account (the mocks' `user.<username>` would put usernames in logs).
          username: u.username,
          name: u.name,
          role: u.role,
          agencyId: u.agencyId,
          password: u.password,
        },
        now,
      );
      if (created) usersCreated.push(u.username);
    }
  }

  let observations = 0;
  if (options.observations !== false) {
    const hash = sha256(data.observations);
    const loaded = await db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', META_OBSERVATIONS)
      .executeTakeFirst();
    if (loaded?.value !== hash) {
      const rows = data.observations.map((o) => ({
        measure_id: o.measureId,
        unit_id: o.unitId,
        year: o.year,
        value: o.value,
        numerator: o.numerator ?? null,
        denominator: o.denominator ?? null,
        illustrative: o.illustrative ? 1 : 0,
        source: o.source ?? null,
        categories: seriesKey(o.categories),
        period: o.period ?? '',
      }));
      await db.transaction().execute(async (trx) => {
        // Demo rows are owned by the seed: replace them all; statistics (illustrative = 0) stay.
        await trx.deleteFrom('observations').where('illustrative', '=', 1).execute();
        for (let i = 0; i < rows.length; i += 200) {
          const res = await trx
            .insertInto('observations')
            .values(rows.slice(i, i + 200))
            .onConflict((oc) => oc.columns([...OBSERVATION_KEY]).doNothing())
            .executeTakeFirst();
          observations += Number(res.numInsertedOrUpdatedRows ?? 0);
        }
        await trx
          .insertInto('meta')
          .values({ key: META_OBSERVATIONS, value: hash, updated_at: stamp })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: stamp }))
          .execute();
      });
    }
  }

  let reportsCreated = 0;
  if (options.reports !== false) {
    // Events name the demo accounts; use the stored ids (an account made before keeps its own).
    const stored = await db.selectFrom('users').select(['id', 'username']).execute();
    const idByUsername = new Map(stored.map((u) => [u.username, u.id]));
    const userById = new Map(data.users.map((u) => [u.id, u]));
    const accountId = (demoId: string) => {
      const u = userById.get(demoId);
      return (u && idByUsername.get(u.username)) ?? demoId;
    };
    for (const r of data.reports) {
      await db.transaction().execute(async (trx) => {
        // Insert first, skipping a report that exists (same id, or same plan, period and agency):
        // the insert settles a race with another seed, and on SQLite takes the write lock at once.
        const created = await trx
          .insertInto('reports')
          .values({
            id: r.id,
            plan_id: r.planId,
            year: r.year,
            // A demo report without a period is the yearly report on its year.
            period: r.period ?? String(r.year),
            agency_id: r.agencyId,
            status: r.status,
            version: r.version,
            content: JSON.stringify(r.content),
            created_at: utc(r.events[0]?.at ?? r.updatedAt),
            updated_at: utc(r.updatedAt),
            submitted_at: r.submittedAt === null ? null : utc(r.submittedAt),
            illustrative: 1,
            plan_version: await currentPlanVersion(trx, r.planId),
          })
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!created) return;
        // One audit entry per step, as the server records them (version 1 at creation, +1 a step).
        let version = 0;
        for (const e of r.events) {
          version += 1;
          await trx
            .insertInto('audit_log')
            .values({
              at: utc(e.at),
              user_id: accountId(e.by.userId),
              user_name: e.by.name,
              agency_id: e.by.agencyId,
              action: e.type,
              entity_type: 'report',
              entity_id: r.id,
              detail: JSON.stringify({
                version,
                ...(e.comment !== undefined ? { comment: e.comment } : {}),
                planId: r.planId,
                year: r.year,
                illustrative: true,
              }),
            })
            .execute();
        }
        reportsCreated += 1;
      });
    }
  }

  // Observations and accepted reports were written after the plan: progress moves once more.
  if (observations > 0 || reportsCreated > 0) await progressChanged(db, stamp);

  return {
    plans: 1,
    usersCreated,
    observations,
    reportsCreated,
    alreadySeeded: usersCreated.length === 0 && observations === 0 && reportsCreated === 0,
  };
}
