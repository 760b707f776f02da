/**
 * Migration 0009 (disaggregation) on a database of the previous release: every observation is
 * kept with its id, columns and values, as a total (''); the uniqueness key then takes the
 * series in. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { freshDatabase, migrateUpTo } from './helpers.js';

describe('migration 0009 on a database of the previous release', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('keeps every observation as a total and lets categories sit beside it', async () => {
    const database = await freshDatabase();
    cleanup.push(() => database.drop());
    const db = await openDatabase({ url: database.url, migrate: false });
    cleanup.push(() => db.close());
    await migrateUpTo(db, '0008_report_periods');
    // biome-ignore lint/suspicious/noExplicitAny: the schema as it was, not today's types
    const k = db.kysely as unknown as Kysely<any>;
    const rows = [
      {
        measure_id: 'qd23.4a',
        unit_id: 'lam-dong',
        year: 2024,
        value: 8.8,
        numerator: 88,
        denominator: 1000,
      },
      {
        measure_id: 'qd23.13',
        unit_id: 'lam-dong',
        year: 2024,
        value: 12,
        source: 'Cục Thống kê',
        note: 'sơ bộ',
      },
    ];
    await k.insertInto('observations').values(rows).execute();
    const before = await k.selectFrom('observations').selectAll().orderBy('id').execute();

    expect(await migrateToLatest(db.kysely, db.dialect)).toEqual([
      '0009_disaggregation',
      '0010_observation_periods',
    ]);

    const after = await db.kysely.selectFrom('observations').selectAll().orderBy('id').execute();
    expect(after).toEqual(before.map((r) => ({ ...r, categories: '', period: '' })));
    // The key is measure, unit, year and series: a category beside the total, never a second total.
    const row = { measure_id: 'qd23.4a', unit_id: 'lam-dong', year: 2024, value: 9 };
    await db.kysely
      .insertInto('observations')
      .values({ ...row, categories: 'sex=female' })
      .execute();
    await expect(db.kysely.insertInto('observations').values(row).execute()).rejects.toThrow();
    await expect(
      db.kysely
        .insertInto('observations')
        .values({ ...row, categories: 'sex=female' })
        .execute(),
    ).rejects.toThrow();
    // New rows still get ids after the old ones (SQLite rebuilt the table).
    const ids = (await db.kysely.selectFrom('observations').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    expect(Number(ids[2])).toBeGreaterThan(Number(ids[1]));
  });
});
