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
}

export function newUserId(): string {
  return `u_${randomBytes(9).toString('base64url')}`;
}

/** Check a new account; throws an Error with an English message the CLI prints. */
export function checkNewUser(u: NewUser): void {
  if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(u.username))
    throw new Error('username: lowercase letters, digits and . _ - (1–100 characters)');
  if (!RoleSchema.safeParse(u.role).success) throw new Error('role: reporter, reviewer or admin');
  if (u.role !== 'admin' && (u.agencyId === null || !IdSchema.safeParse(u.agencyId).success))
    throw new Error(`${u.role} needs --agency <agency id>`);
  if (u.password !== null && u.password.length < 8) throw new Error('password: at least 8 characters');
}

export async function createUser(db: Kysely<Database>, u: NewUser, now: Date): Promise<UsersTable> {
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
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values(row).execute();
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
  });
  return row;
}
