import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { planContentHash } from './plan-hash.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Migrations live in code (no files to find at run time), keyed so that they sort in order.
 * Each is written once and never edited after release; add a new one instead.
 */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001_init': {
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('reporter', 'reviewer', 'admin')`))
          .addColumn('agency_id', 'text')
          .addColumn('password_hash', 'text')
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addCheckConstraint('reporter_has_agency', sql`role <> 'reporter' or agency_id is not null`)
          .execute();

        await db.schema
          .createTable('tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema.createIndex('tokens_user').on('tokens').column('user_id').execute();

        await db.schema
          .createTable('catalogs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('plans')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('catalog_id', 'text', (c) => c.notNull().references('catalogs.id'))
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('registry', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('reports')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('agency_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('draft', 'submitted', 'returned', 'accepted')`),
          )
          .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'text')
          .addUniqueConstraint('reports_plan_year_agency', ['plan_id', 'year', 'agency_id'])
          .execute();
        await db.schema.createIndex('reports_plan_year').on('reports').columns(['plan_id', 'year']).execute();

        await db.schema
          .createTable('idempotency_keys')
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('route', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('status_code', 'integer', (c) => c.notNull())
          .addColumn('response_body', 'text', (c) => c.notNull())
          .addColumn('etag', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'route', 'key'])
          .execute();

        await db.schema
          .createTable('audit_log')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text')
          .addColumn('user_name', 'text')
          .addColumn('agency_id', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('entity_type', 'text', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addColumn('detail', 'text')
          .execute();
        await db.schema
          .createIndex('audit_log_entity')
          .on('audit_log')
          .columns(['entity_type', 'entity_id', 'id'])
          .execute();

        // The audit log is append-only: the database itself refuses to change or drop a row.
        if (dialect === 'postgres') {
          await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
            begin raise exception 'audit_log is append-only'; end $$`.execute(db);
          await sql`create trigger audit_log_no_update before update or delete on audit_log
            for each row execute function audit_log_append_only()`.execute(db);
          await sql`create trigger audit_log_no_truncate before truncate on audit_log
            for each statement execute function audit_log_append_only()`.execute(db);
        } else {
          await sql`create trigger audit_log_no_update before update on audit_log
            begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
          await sql`create trigger audit_log_no_delete before delete on audit_log
            begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
        }

        await db.schema
          .createTable('observations')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('measure_id', 'text', (c) => c.notNull())
          .addColumn('unit_id', 'text', (c) => c.notNull())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('value', 'double precision', (c) => c.notNull())
          .addColumn('numerator', 'double precision')
          .addColumn('denominator', 'double precision')
          .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('source', 'text')
          .addUniqueConstraint('observations_measure_unit_year', ['measure_id', 'unit_id', 'year'])
          .execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    '0002_demo_flags': {
      // Demo reports are flagged like demo observations, and the demo seed records what it loaded
      // (`meta`), so a restart with SEED_DEMO=1 reuses the data instead of loading it twice.
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .alterTable('reports')
          .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    '0003_progress': {
      // Progress is computed when data change and stored per plan × year × unit × measure, so a
      // public read no longer loads every observation. `progress_state.generation` increases in
      // the transaction of every change that moves progress (an accepted report, observations,
      // a plan or catalog stored); a cell is current when its generation and `as_of` (the local
      // day successions were resolved at) match.
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('progress_state')
          .addColumn('plan_id', 'text', (c) => c.primaryKey())
          .addColumn('generation', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('progress_cells')
          .addColumn('plan_id', 'text', (c) => c.notNull())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('unit_id', 'text', (c) => c.notNull())
          .addColumn('measure_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('generation', 'integer', (c) => c.notNull())
          .addColumn('as_of', 'text', (c) => c.notNull())
          .addColumn('illustrative', 'integer', (c) => c.notNull())
          .addColumn('body', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('progress_cells_pk', ['plan_id', 'year', 'unit_id', 'measure_id'])
          .execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    '0004_report_returns': {
      // What a report held each time a reviewer returned it, so the reviewer of the resubmission
      // sees what changed (the sdk's `reportChanges`). One row per return, never changed; the
      // report's version the return produced keys it (the latest is the one shown).
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('report_returns')
          .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
          .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
          .addColumn('returned_at', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('report_returns_pk', ['report_id', 'version'])
          .execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    '0005_user_email': {
      // Accounts imported by the operator (`kehoach users import`) carry the officer's e-mail.
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema.alterTable('users').addColumn('email', 'text').execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    '0006_plan_versions': {
      // A plan imported again keeps what it said before: every version of its content, registry
      // and the catalog it was read with, with who imported it and when; `plans` holds the current one and its number.
      // Each report records the version it was written against (those written so far: 1).
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('plan_versions')
          .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
          .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
          .addColumn('catalog_id', 'text', (c) => c.notNull())
          .addColumn('catalog', 'text', (c) => c.notNull())
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('registry', 'text', (c) => c.notNull())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('imported_at', 'text', (c) => c.notNull())
          .addColumn('imported_by', 'text')
          .addPrimaryKeyConstraint('plan_versions_pk', ['plan_id', 'version'])
          .execute();
        await db.schema
          .alterTable('plans')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .execute();
        await db.schema
          .alterTable('reports')
          .addColumn('plan_version', 'integer', (c) => c.notNull().defaultTo(1))
          .execute();
        const plans = await db
          .selectFrom('plans')
          .innerJoin('catalogs', 'catalogs.id', 'plans.catalog_id')
          .select([
            'plans.id as id',
            'plans.catalog_id as catalog_id',
            'catalogs.content as catalog',
            'plans.content as content',
            'plans.registry as registry',
            'plans.updated_at as updated_at',
          ])
          .execute();
        for (const p of plans)
          await db
            .insertInto('plan_versions')
            .values({
              plan_id: p.id,
              version: 1,
              catalog_id: p.catalog_id,
              catalog: p.catalog,
              content: p.content,
              registry: p.registry,
              content_hash: planContentHash(p.content, p.registry, p.catalog),
              imported_at: p.updated_at,
              imported_by: null,
            })
            .execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    '0007_observation_note': {
      // The tidy layout's Note column (`kehoach data import`): what the statistics office wrote
      // beside a figure is kept, never dropped.
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema.alterTable('observations').addColumn('note', 'text').execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    // --- periods (issue 8.5): reports keyed by period ---
    '0008_report_periods': {
      // A report is on a period (`2026`, `2026-H1`, `2026-Q3`, `2026-07`), not only a year: a
      // six-monthly plan has two reports a year per agency. Every existing report is a yearly
      // one, so its period is its year as text; `year` stays (the period's year), and the unique
      // key moves from (plan, year, agency) to (plan, period, agency).
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        if (dialect === 'postgres') {
          await db.schema.alterTable('reports').addColumn('period', 'text').execute();
          await sql`update reports set period = cast(year as text)`.execute(db);
          await sql`alter table reports alter column period set not null`.execute(db);
          await db.schema.alterTable('reports').dropConstraint('reports_plan_year_agency').execute();
          await db.schema
            .alterTable('reports')
            .addUniqueConstraint('reports_plan_period_agency', ['plan_id', 'period', 'agency_id'])
            .execute();
          await db.schema
            .alterTable('reports')
            .addCheckConstraint('reports_period_of_year', sql`substr(period, 1, 4) = cast(year as text)`)
            .execute();
          return;
        }
        // SQLite cannot drop a table's unique constraint: the table is rebuilt, as SQLite's
        // ALTER TABLE documentation says (new table, copy, drop, rename). Foreign keys cannot be
        // switched off inside migrateToLatest's transaction, and dropping reports that
        // `report_returns` rows point at would break them: those rows are set aside first and
        // put back, unchanged, once the new table holds the same ids.
        await db.schema
          .createTable('reports_0008')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('agency_id', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('draft', 'submitted', 'returned', 'accepted')`),
          )
          .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
          .addColumn('content', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'text')
          .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('plan_version', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('reports_plan_period_agency', ['plan_id', 'period', 'agency_id'])
          .addCheckConstraint('reports_period_of_year', sql`substr(period, 1, 4) = cast(year as text)`)
          .execute();
        await sql`insert into reports_0008 (id, plan_id, year, period, agency_id, status, version, content,
            created_at, updated_at, submitted_at, illustrative, plan_version)
          select id, plan_id, year, cast(year as text), agency_id, status, version, content,
            created_at, updated_at, submitted_at, illustrative, plan_version from reports`.execute(db);
        await sql`create table report_returns_0008 as select * from report_returns`.execute(db);
        await sql`delete from report_returns`.execute(db);
        await db.schema.dropTable('reports').execute();
        await db.schema.alterTable('reports_0008').renameTo('reports').execute();
        await db.schema.createIndex('reports_plan_year').on('reports').columns(['plan_id', 'year']).execute();
        await sql`insert into report_returns (report_id, version, returned_at, content)
          select report_id, version, returned_at, content from report_returns_0008`.execute(db);
        await db.schema.dropTable('report_returns_0008').execute();
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    // --- disaggregation (issue 8.3) ---
    '0009_disaggregation': {
      // Observations carry the categories they are for (`seriesKey`: '' the total, else
      // `area=rural;sex=female`), and one figure per measure, unit, year *and series*: the
      // uniqueness key takes the column in. Existing rows are totals (''). SQLite cannot drop a
      // table constraint, so there the table is rebuilt from its own definition (whatever columns
      // earlier migrations added stay, with their data and ids).
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .alterTable('observations')
          .addColumn('categories', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
        await widenObservationsKey(
          db,
          dialect,
          'observations_measure_unit_year',
          'observations_series',
          'categories',
        );
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
    // --- observations by period (issue 9: a Period column for sub-yearly statistics) ---
    '0010_observation_periods': {
      // A figure may be for a period shorter than its year (`2026-Q1`); '' is the year's own,
      // which every existing row is. One figure per measure, unit, year, period and series.
      // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
      async up(db: Kysely<any>) {
        await db.schema
          .alterTable('observations')
          .addColumn('period', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
        await widenObservationsKey(db, dialect, 'observations_series', 'observations_period', 'period');
      },
      async down() {
        throw new Error('kehoach migrations are forward-only');
      },
    },
  };
}

/**
 * Replace the unique key `from` of observations by `to`, its columns and `column` (added just
 * before). PostgreSQL drops and adds the constraint; SQLite cannot drop a table constraint, so
 * there the table is rebuilt from its own definition (whatever columns earlier migrations
 * added stay, with their data and ids).
 */
async function widenObservationsKey(
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not today's types
  db: Kysely<any>,
  dialect: DialectName,
  from: string,
  to: string,
  column: string,
): Promise<void> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ def: string }>`select pg_get_constraintdef(oid) as def from pg_constraint
      where conname = ${from} and conrelid = 'observations'::regclass`.execute(db);
    const cols = /unique\s*\(([^)]*)\)/i.exec(rows[0]?.def ?? '');
    if (!cols) throw new Error(`observations has no key ${from}`);
    await sql.raw(`alter table observations drop constraint ${from}`).execute(db);
    await sql.raw(`alter table observations add constraint ${to} unique (${cols[1]}, ${column})`).execute(db);
    return;
  }
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'observations'`.execute(db);
  const old = rows[0]!.sql;
  const key = new RegExp(`constraint\\s+"${from}"\\s+unique\\s*\\(([^)]*)\\)`, 'i');
  if (!key.test(old)) throw new Error(`observations has no key ${from}`);
  const created = old
    .replace(/^create table\s+"?observations"?/i, 'create table "observations_rebuilt"')
    .replace(key, (_, cols: string) => `constraint "${to}" unique (${cols}, "${column}")`);
  const columns = (
    await sql<{ name: string }>`select name from pragma_table_info('observations')`.execute(db)
  ).rows
    .map((c) => `"${c.name}"`)
    .join(', ');
  await sql.raw(created).execute(db);
  await sql
    .raw(`insert into "observations_rebuilt" (${columns}) select ${columns} from "observations"`)
    .execute(db);
  await sql`drop table observations`.execute(db);
  await sql`alter table observations_rebuilt rename to observations`.execute(db);
}

class InCodeProvider implements MigrationProvider {
  private readonly dialect: DialectName;

  constructor(dialect: DialectName) {
    this.dialect = dialect;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/** Bring the schema to the latest migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  // On PostgreSQL the bookkeeping tables go into the schema the tables are created in (the first
  // of the search_path), and the connection's introspector sees that schema only
  // (`OwnSchemaIntrospector`): another schema's `kysely_migration`, or another schema being
  // dropped while we look, must not change or break our start.
  let migrationTableSchema: string | undefined;
  if (dialect === 'postgres') {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema ?? undefined;
  }
  const migrator = new Migrator({ db, provider: new InCodeProvider(dialect), migrationTableSchema });
  const run = async () => {
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  };
  if (dialect === 'postgres') return run(); // Kysely holds an advisory lock for the run.
  // On SQLite Kysely takes no lock (it expects one connection), so a second process starting on
  // the same new file would run `0001_init` as well and fail. BEGIN IMMEDIATE holds the file's
  // write lock for the whole run (SQLite's DDL is transactional): the second process waits
  // (busy_timeout) and then finds the migrations done.
  await sql`begin immediate`.execute(db);
  try {
    const applied = await run();
    await sql`commit`.execute(db);
    return applied;
  } catch (err) {
    await sql`rollback`.execute(db).catch(() => {});
    throw err;
  }
}
