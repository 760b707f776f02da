/**
 * Accounts as an operator manages them (`kehoach users …`): import many from a CSV file at once,
 * list, disable and enable, reset a password, revoke sign-ins. Every change is audited; an
 * import is all or nothing. Generated passwords are returned to the caller once, to be written
 * to a file for the operator, and never logged or stored in clear.
 */
import { randomBytes } from 'node:crypto';
import { IdSchema, nonBlankTextSchema, RoleSchema, validate } from '@kehoach/sdk';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { hashPassword } from '../auth/password.js';
import { revokeUserTokens } from '../auth/tokens.js';
import type { Database, UsersTable } from '../db/schema.js';
import { newUserId, USERNAME_PATTERN } from '../services/users.js';
import { at, csvReadError, fieldProblem, OperatorError, type Problem, problem } from './problems.js';

/** Columns of an accounts file; the first three are required. */
export const USER_COLUMNS = ['username', 'name', 'role', 'agency', 'email'] as const;
const REQUIRED = ['username', 'name', 'role'] as const;

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** One row of an accounts file, after trimming; blank optional cells are absent. */
const UserRowSchema = z.strictObject({
  username: z.string().check(z.regex(USERNAME_PATTERN, { error: 'username' })),
  name: nonBlankTextSchema(200),
  role: RoleSchema,
  agency: z.pipe(z.transform(blankToUndefined), z.optional(IdSchema)),
  email: z.pipe(z.transform(blankToUndefined), z.optional(z.email())),
});
type UserRow = z.infer<typeof UserRowSchema>;

/** A new account and its generated password, which exists only in this value. */
export interface IssuedPassword {
  username: string;
  password: string;
}

export interface ImportResult {
  created: IssuedPassword[];
  /** Accounts already there with the same details: left as they are. */
  unchanged: string[];
}

export interface ImportOptions {
  /** Called as passwords are hashed (the slow part: 3,321 accounts take about a minute). */
  onProgress?: (done: number, total: number) => void;
}

/** A password an officer can type: 16 characters from 96 random bits. */
export const generatePassword = (): string => randomBytes(12).toString('base64url');

/** Hash many passwords, a few at a time (scrypt runs on libuv's thread pool). */
async function hashAll(passwords: string[], onProgress?: ImportOptions['onProgress']): Promise<string[]> {
  const out: string[] = new Array(passwords.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const i = next++;
      out[i] = await hashPassword(passwords[i]!);
      done++;
      if (onProgress && (done % 50 === 0 || done === passwords.length)) onProgress(done, passwords.length);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}

/** Rows of the CSV text with their line numbers, or every problem of its layout. */
function readRows(text: string, file: string): { line: number; cells: Record<string, string> }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // `info` adds each record's line numbers; csv-parse's overloads do not see it in the options' type.
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (err) {
    throw csvReadError(file, err);
  }
  const [head, ...body] = records;
  if (!head) throw new OperatorError([problem(at(file), 'tệp trống', 'the file is empty')]);
  const header = head.record.map((h) => h.toLowerCase());
  const problems: Problem[] = [];
  header.forEach((h, i) => {
    if (!(USER_COLUMNS as readonly string[]).includes(h))
      problems.push(
        problem(
          at(file, 1, head.record[i]),
          `cột không có trong mẫu (các cột: ${USER_COLUMNS.join(', ')})`,
          `unknown column (the columns are: ${USER_COLUMNS.join(', ')})`,
        ),
      );
    else if (header.indexOf(h) !== i)
      problems.push(problem(at(file, 1, h), 'cột lặp lại', 'the column appears twice'));
  });
  for (const c of REQUIRED)
    if (!header.includes(c))
      problems.push(problem(at(file, 1, c), 'thiếu cột bắt buộc', 'required column missing'));
  if (problems.length) throw new OperatorError(problems);
  return body.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])),
  }));
}

/** Every agency id of every stored plan's registry. */
async function knownAgencies(db: Kysely<Database>): Promise<Set<string>> {
  const plans = await db.selectFrom('plans').select('registry').execute();
  const ids = new Set<string>();
  for (const p of plans)
    for (const a of (JSON.parse(p.registry) as { agencies: { id: string }[] }).agencies) ids.add(a.id);
  return ids;
}

const same = (row: UserRow, u: Pick<UsersTable, 'name' | 'role' | 'agency_id' | 'email'>) =>
  u.name === row.name &&
  u.role === row.role &&
  u.agency_id === (row.agency ?? null) &&
  u.email === (row.email ?? null);

/**
 * Import the accounts of a CSV file (`username,name,role,agency,email`): every row checked —
 * its columns, the agency in a stored plan's registry, the username unique in the file — and
 * nothing written unless all pass. An account already there with the same details is left
 * unchanged (importing a file twice changes nothing); with other details it is an error.
 */
export async function importUsers(
  db: Kysely<Database>,
  text: string,
  file: string,
  now: Date,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const rows = readRows(text, file);
  const problems: Problem[] = [];
  const agencies = await knownAgencies(db);
  const valid: { line: number; row: UserRow }[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const r = validate(UserRowSchema, cells);
    if (!r.success) {
      for (const e of r.errors) problems.push(fieldProblem(file, line, e));
      continue;
    }
    const row = r.data;
    const seen = firstLine.get(row.username);
    if (seen !== undefined)
      problems.push(problem(at(file, line, 'username'), `trùng với dòng ${seen}`, `the same as row ${seen}`));
    else firstLine.set(row.username, line);
    if (row.role !== 'admin' && row.agency === undefined)
      problems.push(
        problem(
          at(file, line, 'agency'),
          `tài khoản ${row.role} cần mã cơ quan`,
          `a ${row.role} account needs an agency id`,
        ),
      );
    else if (row.agency !== undefined && !agencies.has(row.agency))
      problems.push(
        problem(
          at(file, line, 'agency'),
          `không có cơ quan ${row.agency} trong danh mục của kế hoạch nào đã nạp`,
          `no agency ${row.agency} in the registry of any plan loaded`,
        ),
      );
    valid.push({ line, row });
  }
  const existing = new Map<string, UsersTable>();
  const names = valid.map((v) => v.row.username);
  for (let i = 0; i < names.length; i += 500)
    for (const u of await db
      .selectFrom('users')
      .selectAll()
      .where('username', 'in', names.slice(i, i + 500))
      .execute())
      existing.set(u.username, u);
  const unchanged: string[] = [];
  const fresh: UserRow[] = [];
  for (const { line, row } of valid) {
    const u = existing.get(row.username);
    if (!u) fresh.push(row);
    else if (same(row, u)) unchanged.push(row.username);
    else
      problems.push(
        problem(
          at(file, line, 'username'),
          'đã có tài khoản này với thông tin khác (sửa tài khoản không làm bằng nhập tệp)',
          'this account exists with other details (an import does not change accounts)',
        ),
      );
  }
  if (problems.length) throw new OperatorError(problems);

  const passwords = fresh.map(generatePassword);
  const hashes = await hashAll(passwords, options.onProgress);
  const createdAt = now.toISOString();
  const users: UsersTable[] = fresh.map((row, i) => ({
    id: newUserId(),
    username: row.username,
    name: row.name,
    role: row.role,
    agency_id: row.agency ?? null,
    email: row.email ?? null,
    password_hash: hashes[i]!,
    disabled: 0,
    created_at: createdAt,
  }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < users.length; i += 200) {
      const chunk = users.slice(i, i + 200);
      await trx.insertInto('users').values(chunk).execute();
      await trx
        .insertInto('audit_log')
        .values(
          chunk.map((u) => ({
            at: createdAt,
            user_id: null,
            user_name: null,
            agency_id: null,
            action: 'user.created',
            entity_type: 'user',
            entity_id: u.id,
            detail: JSON.stringify({ role: u.role, agencyId: u.agency_id, by: 'operator import', file }),
          })),
        )
        .execute();
    }
  });
  return { created: fresh.map((r, i) => ({ username: r.username, password: passwords[i]! })), unchanged };
}

/** An account as `kehoach users list` shows it (never its password hash). */
export interface AccountSummary {
  username: string;
  name: string;
  role: UsersTable['role'];
  agencyId: string | null;
  email: string | null;
  disabled: boolean;
  createdAt: string;
}

export async function listUsers(db: Kysely<Database>): Promise<AccountSummary[]> {
  const rows = await db
    .selectFrom('users')
    .select(['username', 'name', 'role', 'agency_id', 'email', 'disabled', 'created_at'])
    .orderBy('username')
    .execute();
  return rows.map((r) => ({
    username: r.username,
    name: r.name,
    role: r.role,
    agencyId: r.agency_id,
    email: r.email,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
  }));
}

async function userId(db: Kysely<Database>, username: string): Promise<string> {
  const u = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!u) throw new OperatorError([{ vi: `không có tài khoản ${username}`, en: `no account ${username}` }]);
  return u.id;
}

async function audit(db: Kysely<Database>, action: string, id: string, now: Date, detail: object) {
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      user_id: null,
      user_name: null,
      agency_id: null,
      action,
      entity_type: 'user',
      entity_id: id,
      detail: JSON.stringify({ ...detail, by: 'operator' }),
    })
    .execute();
}

/** Revoke every live sign-in of an account; returns how many were revoked. */
export async function revokeTokens(db: Kysely<Database>, username: string, now: Date): Promise<number> {
  const id = await userId(db, username);
  return db.transaction().execute(async (trx) => {
    const n = await revokeUserTokens(trx, id, now);
    await audit(trx, 'user.tokens_revoked', id, now, { revoked: n });
    return n;
  });
}

/** Disable (or enable) an account; disabling also ends its sign-ins. */
export async function setDisabled(
  db: Kysely<Database>,
  username: string,
  disabled: boolean,
  now: Date,
): Promise<void> {
  const id = await userId(db, username);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    if (disabled) await revokeUserTokens(trx, id, now);
    await audit(trx, disabled ? 'user.disabled' : 'user.enabled', id, now, {});
  });
}

/** A new generated password for an account (its sign-ins end); returned once, never stored in clear. */
export async function resetPassword(
  db: Kysely<Database>,
  username: string,
  now: Date,
): Promise<IssuedPassword> {
  const id = await userId(db, username);
  const password = generatePassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
    await revokeUserTokens(trx, id, now);
    await audit(trx, 'user.password_reset', id, now, {});
  });
  return { username, password };
}
