import { type Kysely, PostgresAdapter, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** True when `q` (a Kysely instance or a transaction) talks to PostgreSQL. */
export function isPostgres(q: Kysely<Database> | Transaction<Database>): boolean {
  return q.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Whether a read of a row that the transaction may then change should lock it (`FOR UPDATE`).
 * SQLite runs one transaction at a time, so a transaction's reads are already current; on
 * PostgreSQL (READ COMMITTED) a concurrent writer waits on the lock and then reads the row as
 * the winner left it, so a race answers as the same two requests one after the other would.
 */
export function lockRowsRead(q: Kysely<Database> | Transaction<Database>): boolean {
  return q.isTransaction && isPostgres(q);
}

/** True for a unique/primary-key violation from SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Run `work` in a transaction. On SQLite the single connection already serialises transactions;
 * on PostgreSQL two requests can race to create the same row (a report that did not exist yet),
 * and the loser is retried once so it sees the winner's row. Races on rows that exist are
 * settled by `FOR UPDATE` ({@link lockRowsRead}), races on an idempotency key by its lock.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.transaction().execute(work);
  }
}
