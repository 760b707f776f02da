import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** True for a unique/primary-key violation from SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Run `work` in a transaction. On SQLite the single connection already serialises transactions;
 * on PostgreSQL two requests can race to create the same row, and the loser is retried once so it
 * sees the winner's row (an idempotency key's stored response, or the report now existing).
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
