import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../db/schema.js';

export const TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

/** SHA-256 of a token, hex: what is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issue a random 32-byte bearer token (base64url); only its hash is stored. */
export async function issueToken(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  ttlMs: number = TOKEN_TTL_MS,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db
    .insertInto('tokens')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The account a live token belongs to, or null (unknown, expired, revoked, disabled). */
export async function userForToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<UsersTable | null> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const row = await db
    .selectFrom('tokens')
    .innerJoin('users', 'users.id', 'tokens.user_id')
    .selectAll('users')
    .where('tokens.token_hash', '=', hashToken(token))
    .where('tokens.revoked_at', 'is', null)
    .where('tokens.expires_at', '>', now.toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  return row ?? null;
}

export async function revokeToken(db: Kysely<Database>, token: string, now: Date): Promise<void> {
  await db
    .updateTable('tokens')
    .set({ revoked_at: now.toISOString() })
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revoke every live token of an account (disabled, password reset, or at the operator's word); how many. */
export async function revokeUserTokens(db: Kysely<Database>, userId: string, now: Date): Promise<number> {
  const r = await db
    .updateTable('tokens')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
