/**
 * Migration 0010 (observations by period) on a database of the previous release: every
 * observation is kept with its id, columns, values and series, as the year's own figure
 * (period ''); the uniqueness key then takes the period in. Runs on SQLite and, with
 * TEST_DATABASE_URL, on PostgreSQL.
 */
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { freshDatabase, migrateUpTo } from './helpers.js';

describe('migration 0010 on a database of the previous release', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('keeps every observation as its year’s own figure and lets its periods sit beside it', async () => {
    const database = await freshDatabase();
    cleanup.push(() => database.drop());
    const db = await openDatabase({ url: database.url, migrate: false });
    cleanup.push(() => db.close());
    await migrateUpTo(db, '0009_disaggregation');
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was, not today's types
    const k = db.kysely as unknown as Kysely<any>;
    await k
      .insertInto('observations')
      .values([
        {
          measure_id: 'qd23.4a',
          unit_id: 'lam-dong',
          year: 2024,
          value: 8.8,
          numerator: 88,
          denominator: 1000,
          categories: '',
        },
        { measure_id: 'qd23.4a', unit_id: 'lam-dong', year: 2024, value: 9.1, categories: 'sex=female' },
        {
          measure_id: 'qd23.13',
          unit_id: 'lam-dong',
          year: 2024,
          value: 12,
          source: 'Cục Thống kê',
          note: 'sơ bộ',
          categories: '',
        },
      ])
      .execute();
    const before = await k.selectFrom('observations').selectAll().orderBy('id').execute();

    expect(await migrateToLatest(db.kysely, db.dialect)).toEqual(['0010_observation_periods']);

    const after = await db.kysely.selectFrom('observations').selectAll().orderBy('id').execute();
    expect(after).toEqual(before.map((r) => ({ ...r, period: '' })));
    // The key is measure, unit, year, period and series: a quarter beside the year, never twice.
    const row = { measure_id: 'qd23.4a', unit_id: 'lam-dong', year: 2024, value: 9 };
    await db.kysely
      .insertInto('observations')
      .values({ ...row, period: '2024-Q4' })
      .execute();
    await db.kysely
      .insertInto('observations')
      .values({ ...row, period: '2024-Q4', categories: 'sex=female' })
      .execute();
    await expect(db.kysely.insertInto('observations').values(row).execute()).rejects.toThrow();
    await expect(
      db.kysely
        .insertInto('observations')
        .values({ ...row, period: '2024-Q4' })
        .execute(),
    ).rejects.toThrow();
    const ids = (await db.kysely.selectFrom('observations').select('id').orderBy('id').execute()).map((r) =>
      Number(r.id),
    );
    expect(ids).toHaveLength(5);
    expect(ids[3]).toBeGreaterThan(ids[2]!);
  });
});
