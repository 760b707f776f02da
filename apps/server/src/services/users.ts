import { randomBytes } from 'node:crypto';
import { IdSchema, RoleSchema } from '@kehoach/sdk';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import type { Database, UsersTable } from '../db/schema.js';

export interface NewUser {
  username: string;
  name: string;
  role: UsersTable['role'];
  agencyId: string | null;
  /** null: the account cannot sign in with a password (tokens only, e.g. the benchmark's). */
  password: string | null;
  email?: string | null;
}

/** Usernames: lowercase letters, digits and . _ - (1–100 characters), starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

export function newUserId(): string {
  return `u_${randomBytes(9).toString('base64url')}`;
}

/** Check a new account; throws an Error with an English message the CLI prints. */
export function checkNewUser(u: NewUser): void {
  if (!USERNAME_PATTERN.test(u.username))
    throw new Error('username: lowercase letters, digits and . _ - (1–100 characters)');
  if (!RoleSchema.safeParse(u.role).success) throw new Error('role: reporter, reviewer or admin');
  if (u.role !== 'admin' && (u.agencyId === null || !IdSchema.safeParse(u.agencyId).success))
    throw new Error(`${u.role} needs --agency <agency id>`);
  if (u.password !== null && u.password.length < 8) throw new Error('password: at least 8 characters');
}

/** Create an account; throws (a unique violation) when the username is taken. */
export async function createUser(db: Kysely<Database>, u: NewUser, now: Date): Promise<UsersTable> {
  const row = await insertUser(db, u, now, 'fail');
  if (!row) throw new Error(`username ${u.username} is taken`);
  return row;
}

/**
 * Create an account unless one with that username exists (then null, and nothing is written).
 * The insert itself settles the race, so two processes seeding at once cannot both create it.
 */
export function createUserIfAbsent(db: Kysely<Database>, u: NewUser, now: Date): Promise<UsersTable | null> {
  return insertUser(db, u, now, 'skip');
}

async function insertUser(
  db: Kysely<Database>,
  u: NewUser,
  now: Date,
  taken: 'fail' | 'skip',
): Promise<UsersTable | null> {
  checkNewUser(u);
  const row: UsersTable = {
    id: newUserId(),
    username: u.username,
    name: u.name,
    role: u.role,
    agency_id: u.role === 'admin' ? u.agencyId : u.agencyId,
    password_hash: u.password === null ? null : await hashPassword(u.password),
    disabled: 0,
    created_at: now.toISOString(),
    email: u.email ?? null,
  };
  return db.transaction().execute(async (trx) => {
    // The insert comes first, so that on SQLite the transaction takes the write lock at once.
    const insert = trx.insertInto('users').values(row);
    const created = await (taken === 'skip'
      ? insert.onConflict((oc) => oc.column('username').doNothing())
      : insert
    )
      .returning('id')
      .executeTakeFirst();
    if (!created) return null;
    await trx
      .insertInto('audit_log')
      .values({
        at: row.created_at,
        user_id: null,
        user_name: null,
        agency_id: null,
        action: 'user.created',
        entity_type: 'user',
        entity_id: row.id,
        detail: JSON.stringify({ role: row.role, agencyId: row.agency_id }),
      })
      .execute();
    return row;
  });
}
