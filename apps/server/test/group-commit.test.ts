/**
 * SQLite's group commit (`inTransaction` on SQLite): writes that arrive together share one
 * commit, each is all-or-nothing on its own, and none is acknowledged unless its batch committed.
 * The group commit is SQLite machinery, so these tests open a SQLite database whatever
 * TEST_DATABASE_URL says; on PostgreSQL `inTransaction` is one transaction per write.
 */
import { sql, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/schema.js';
import { groupCommitOf, inTransaction } from '../src/services/tx.js';

let db: Db;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
});
afterEach(() => db.close());

const put = (key: string) => (trx: Transaction<Database>) =>
  trx.insertInto('meta').values({ key, value: key, updated_at: 'now' }).execute();

async function keys(): Promise<string[]> {
  const rows = await db.kysely.selectFrom('meta').select('key').orderBy('key').execute();
  return rows.map((r) => r.key);
}

describe('group commit on SQLite', () => {
  it('commits writes that arrive together once, each seeing those before it', async () => {
    const stats = groupCommitOf(db.kysely).stats;
    const before = { ...stats };
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inTransaction(db.kysely, async (trx) => {
          const n = await trx
            .selectFrom('meta')
            .select(({ fn }) => fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          seen.push(Number(n.n));
          await put(`k${String(i).padStart(2, '0')}`)(trx);
        }),
      ),
    );
    expect(stats.commits - before.commits).toBe(1);
    expect(stats.writes - before.writes).toBe(20);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await keys()).toHaveLength(20);
  });

  it('rolls back a failing write alone, with its own error', async () => {
    const results = await Promise.allSettled([
      inTransaction(db.kysely, put('a')),
      inTransaction(db.kysely, async (trx) => {
        await put('b')(trx);
        throw new Error('refused');
      }),
      inTransaction(db.kysely, put('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'refused' });
    expect(await keys()).toEqual(['a', 'c']);
  });

  it('retries a write once after a unique violation, as on PostgreSQL', async () => {
    await inTransaction(db.kysely, put('taken'));
    let attempts = 0;
    const key = await inTransaction(db.kysely, async (trx) => {
      attempts += 1;
      const k = attempts === 1 ? 'taken' : 'free';
      await put(k)(trx);
      return k;
    });
    expect(attempts).toBe(2);
    expect(key).toBe('free');
    await expect(inTransaction(db.kysely, put('taken'))).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_PRIMARYKEY',
    });
    expect(await keys()).toEqual(['free', 'taken']);
  });

  it('acknowledges nothing of a batch whose commit fails, and the next batch commits', async () => {
    // A foreign key checked at COMMIT (deferred) makes the commit itself fail.
    const results = await Promise.allSettled([
      inTransaction(db.kysely, put('a')),
      inTransaction(db.kysely, async (trx) => {
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await trx
          .insertInto('tokens')
          .values({ token_hash: 'h', user_id: 'nobody', created_at: 'x', expires_at: 'y', revoked_at: null })
          .execute();
      }),
      inTransaction(db.kysely, put('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const r of results)
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    expect(await keys()).toEqual([]);
    await inTransaction(db.kysely, put('later'));
    expect(await keys()).toEqual(['later']);
  });

  it('acknowledges nothing of a batch whose transaction SQLite ended', async () => {
    // As SQLite does on a full disk or an I/O error: the whole transaction is gone.
    const results = await Promise.allSettled([
      inTransaction(db.kysely, put('a')),
      inTransaction(db.kysely, async (trx) => {
        await sql`rollback`.execute(trx);
        throw new Error('disk full');
      }),
      inTransaction(db.kysely, put('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const r of results)
      expect((r as PromiseRejectedResult).reason).toMatchObject({ message: 'disk full' });
    expect(await keys()).toEqual([]);
    await inTransaction(db.kysely, put('later'));
    expect(await keys()).toEqual(['later']);
  });
});
