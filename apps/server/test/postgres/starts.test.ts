import { demo } from '@kehoach/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/connect.js';
import { migrations } from '../../src/db/migrations.js';
import { seedDemo } from '../../src/seed.js';
import { countRows, freshDatabase, onPostgres, onTestServer, type TestDatabase } from '../helpers.js';

// PostgreSQL only (vitest.pg.config.ts): several processes on one database.
if (!onPostgres)
  throw new Error('test/postgres/ runs on PostgreSQL only: pnpm test:pg with TEST_DATABASE_URL');

const made: TestDatabase[] = [];
const opened: Db[] = [];
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((d) => d.close()));
  await Promise.allSettled(made.splice(0).map((d) => d.drop()));
});

async function fresh(): Promise<TestDatabase> {
  const d = await freshDatabase();
  made.push(d);
  return d;
}

async function open(url: string): Promise<Db> {
  const db = await openDatabase({ url });
  opened.push(db);
  return db;
}

describe('migrations look only at their own schema', () => {
  it('40 starts succeed while other schemas are being created, migrated and dropped', async () => {
    let churning = true;
    let churned = 0;
    // Other kehoach databases (other tests, other provinces) come and go in the same database.
    const churn = async () => {
      while (churning) {
        const other = await freshDatabase();
        try {
          const db = await openDatabase({ url: other.url });
          await db.close();
        } finally {
          await other.drop();
        }
        churned += 1;
      }
    };
    const churners = [churn(), churn()];
    const failures: string[] = [];
    try {
      for (let round = 0; round < 10; round++) {
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            const d = await fresh();
            try {
              const db = await openDatabase({ url: d.url });
              expect(db.migrated).toContain('0001_init');
              await db.close();
            } catch (e) {
              failures.push((e as Error).message);
            }
          }),
        );
      }
    } finally {
      churning = false;
      await Promise.all(churners);
    }
    expect(churned).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it("another schema's tables, bookkeeping included, are not ours", async () => {
    const other = await fresh();
    await onTestServer(
      `create table ${other.schema}.kysely_migration (name text primary key, timestamp text)`,
    );
    await onTestServer(`create table ${other.schema}.users (id text primary key)`);
    const mine = await fresh();
    const db = await open(mine.url);
    expect(db.migrated).toEqual(Object.keys(migrations('postgres')));
    const tables = await db.kysely.introspection.getTables({ withInternalKyselyTables: true });
    expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([mine.schema]));
    expect(tables.map((t) => t.name)).toContain('kysely_migration');
    expect(await db.kysely.introspection.getSchemas()).toEqual([{ name: mine.schema }]);
    const users = tables.find((t) => t.name === 'users');
    expect(users?.columns.map((c) => c.name)).toEqual([
      'id',
      'username',
      'name',
      'role',
      'agency_id',
      'password_hash',
      'disabled',
      'created_at',
      'email',
    ]);
  });
});

describe('two instances starting together on a fresh database', () => {
  it('both migrate and seed, and the demo data is there exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const d = await fresh();
      const start = async () => {
        const db = await open(d.url);
        const seeded = await seedDemo(db.kysely, new Date('2026-11-20T03:00:00Z'));
        return { db, seeded };
      };
      const [a, b] = await Promise.all([start(), start()]);
      // One of them ran the migrations, the other found them done.
      expect([a.db.migrated, b.db.migrated].filter((m) => m.includes('0001_init'))).toHaveLength(1);
      // One loaded the demo data, the other waited for it and found it loaded.
      expect([a.seeded.alreadySeeded, b.seeded.alreadySeeded].sort()).toEqual([false, true]);
      expect(a.seeded.usersCreated.length + b.seeded.usersCreated.length).toBe(demo.users.length);
      expect(a.seeded.reportsCreated + b.seeded.reportsCreated).toBe(demo.reports.length);
      expect(await countRows(a.db, 'users')).toBe(demo.users.length);
      expect(await countRows(a.db, 'reports')).toBe(demo.reports.length);
      expect(await countRows(b.db, 'observations')).toBe(demo.observations.length);
      const created = await a.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'user.created')
        .execute();
      expect(created).toHaveLength(demo.users.length);
    }
  });
});
