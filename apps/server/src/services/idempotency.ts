import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { isPostgres } from './tx.js';

type Q = Kysely<Database> | Transaction<Database>;

export interface StoredResponse {
  status: number;
  body: string;
  etag: string | null;
  replayed: boolean;
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Run `work` once per (user, route, key): the first successful response is stored in the same
 * transaction as the change it reports, and every retry with the same key gets it back unchanged.
 * A key reused for a different request is refused (409). Failed attempts store nothing, so a
 * retry after a failure runs again.
 */
export async function idempotent(
  q: Q,
  id: { userId: string; route: string; key: string; hash: string },
  now: string,
  work: () => Promise<{ status: number; body: unknown; etag: string | null }>,
): Promise<StoredResponse> {
  if (isPostgres(q)) {
    // SQLite runs one transaction at a time. PostgreSQL does not: without a lock, a duplicate
    // that read "no stored response" before the first request committed would go on to read the
    // report the first one had just submitted, and answer 409 instead of the stored 200. The
    // transaction-scoped advisory lock on (user, route, key) makes duplicates wait for the first
    // to commit (or roll back), then read its stored response. Keys of other requests never wait.
    if (!q.isTransaction) throw new Error('idempotent() must run in a transaction on PostgreSQL');
    const lockKey = JSON.stringify(['kehoach.idempotency', id.userId, id.route, id.key]);
    await sql`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`.execute(q);
  }
  const prior = await q
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response_body', 'etag'])
    .where('user_id', '=', id.userId)
    .where('route', '=', id.route)
    .where('key', '=', id.key)
    .executeTakeFirst();
  if (prior) {
    if (prior.request_hash !== id.hash) throw new HttpError('conflict', MESSAGES.idempotency_reused);
    return { status: prior.status_code, body: prior.response_body, etag: prior.etag, replayed: true };
  }
  const result = await work();
  const body = JSON.stringify(result.body);
  await q
    .insertInto('idempotency_keys')
    .values({
      user_id: id.userId,
      route: id.route,
      key: id.key,
      request_hash: id.hash,
      status_code: result.status,
      response_body: body,
      etag: result.etag,
      created_at: now,
    })
    .execute();
  return { status: result.status, body, etag: result.etag, replayed: false };
}
