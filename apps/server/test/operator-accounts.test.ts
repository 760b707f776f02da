/**
 * Issue 9, accounts as an operator manages them: many at once from a CSV file, all or nothing,
 * every bad row and column named in both languages; generated passwords returned once and never
 * logged or stored in clear; disable, enable, reset a password, revoke sign-ins — each audited.
 */
import { describe, expect, it } from 'vitest';
import {
  importUsers,
  listUsers,
  OperatorError,
  resetPassword,
  revokeTokens,
  setDisabled,
} from '../src/operator/index.js';
import { countRows, counts, jsonReq, useTestServer } from './helpers.js';

const s = useTestServer('test');

const HEADER = 'username,name,role,agency,email';
const communes = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `xa-${String(i + 1).padStart(4, '0')},Cán bộ xã số ${i + 1},reporter,lam-dong.ubnd-cap-xa,xa${i + 1}@example.invalid`,
  );

async function signIn(username: string, password: string) {
  return s.app.request('/api/v1/auth/login', jsonReq('POST', null, { username, password }));
}

function problemsOf(err: unknown): { vi: string; en: string }[] {
  expect(err).toBeInstanceOf(OperatorError);
  return (err as OperatorError).problems;
}

describe('kehoach users import', () => {
  it('creates every account of the file in one transaction; each password signs in once handed out', async () => {
    const before = await counts(s.db);
    const users = await countRows(s.db, 'users');
    const progress: number[] = [];
    const text = `\uFEFF${HEADER}\n${communes(60).join('\n')}\n`;
    const r = await importUsers(s.db.kysely, text, 'xa.csv', s.clock.now(), {
      onProgress: (done) => progress.push(done),
    });
    expect(r.created).toHaveLength(60);
    expect(r.unchanged).toEqual([]);
    expect(progress).toEqual([50, 60]);
    const after = await counts(s.db);
    expect(await countRows(s.db, 'users')).toBe(users + 60);
    expect(after.audit - before.audit).toBe(60);
    const listed = (await listUsers(s.db.kysely)).find((u) => u.username === 'xa-0007');
    expect(listed).toMatchObject({
      name: 'Cán bộ xã số 7',
      role: 'reporter',
      agencyId: 'lam-dong.ubnd-cap-xa',
      email: 'xa7@example.invalid',
      disabled: false,
    });
    // Passwords are stored hashed only.
    const stored = await s.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'xa-0007')
      .executeTakeFirst();
    const issued = r.created.find((c) => c.username === 'xa-0007')!;
    expect(stored?.password_hash).toMatch(/^scrypt\$/);
    expect(stored?.password_hash).not.toContain(issued.password);
    expect((await signIn('xa-0007', issued.password)).status).toBe(200);
    // Nothing the server logged carries a password.
    for (const c of r.created.slice(0, 5)) expect(s.logs.join('')).not.toContain(c.password);
  });

  it('imports the same file twice: the second changes nothing', async () => {
    const text = `${HEADER}\n${communes(3).join('\n')}\n`;
    await importUsers(s.db.kysely, text, 'xa.csv', s.clock.now());
    const before = await counts(s.db);
    const again = await importUsers(s.db.kysely, text, 'xa.csv', s.clock.now());
    expect(again).toEqual({ created: [], unchanged: ['xa-0001', 'xa-0002', 'xa-0003'] });
    expect(await counts(s.db)).toEqual(before);
  });

  it('names every bad row and column in both languages and stores nothing', async () => {
    const before = { ...(await counts(s.db)), users: await countRows(s.db, 'users') };
    const text = [
      HEADER,
      'xa-0001,Cán bộ,reporter,lam-dong.ubnd-cap-xa,',
      'Xa 2,Cán bộ,reporter,lam-dong.ubnd-cap-xa,',
      'xa-0003,  ,chief,lam-dong.ubnd-cap-xa,',
      'xa-0004,Cán bộ,reporter,,',
      'xa-0005,Cán bộ,reviewer,lam-dong.khong-co,',
      'xa-0001,Cán bộ lặp,reporter,lam-dong.ubnd-cap-xa,',
      'xa-0007,Cán bộ,reporter,lam-dong.ubnd-cap-xa,not-an-email',
    ].join('\n');
    const err = await importUsers(s.db.kysely, text, 'xa.csv', s.clock.now()).catch((e: unknown) => e);
    const problems = problemsOf(err);
    const where = problems.map((p) => p.en.slice(0, p.en.indexOf(':')));
    expect(where).toEqual([
      'xa.csv, row 3, column username',
      'xa.csv, row 4, column name',
      'xa.csv, row 4, column role',
      'xa.csv, row 5, column agency',
      'xa.csv, row 6, column agency',
      'xa.csv, row 7, column username',
      'xa.csv, row 8, column email',
    ]);
    for (const p of problems) {
      expect(p.vi).toMatch(/^xa\.csv, dòng \d+, cột \w+: /);
      expect(p.vi).not.toBe(p.en);
    }
    expect(problems[5]!.vi).toContain('trùng với dòng 2');
    expect(problems[4]!.en).toContain('lam-dong.khong-co');
    expect({ ...(await counts(s.db)), users: await countRows(s.db, 'users') }).toEqual(before);
  });

  it('refuses an unknown or missing column, a row with another number of cells, and an account that exists with other details', async () => {
    const layout = async (text: string) =>
      problemsOf(await importUsers(s.db.kysely, text, 'a.csv', s.clock.now()).catch((e: unknown) => e)).map(
        (p) => p.en,
      );
    expect(await layout('username,name,role,phone\nx,X,admin,1')).toEqual([
      expect.stringMatching(/^a\.csv, row 1, column phone: unknown column/),
    ]);
    expect(await layout('username,role\nx,admin')).toEqual([
      expect.stringMatching(/^a\.csv, row 1, column name: required column missing/),
    ]);
    expect(await layout(`${HEADER}\nx,X,admin\n`)).toEqual([
      expect.stringMatching(/^a\.csv, row 2: cannot read/),
    ]);
    expect(await layout('')).toEqual([expect.stringMatching(/the file is empty/)]);
    expect(await layout(`${HEADER}\nso-y-te,Another name,reporter,lam-dong.so-y-te,\n`)).toEqual([
      expect.stringMatching(/^a\.csv, row 2, column username: this account exists with other details/),
    ]);
  });
});

describe('kehoach users disable | enable | reset-password | revoke-tokens', () => {
  it('disabling ends sign-ins and refuses new ones; enabling lets the account back in', async () => {
    const [created] = (
      await importUsers(s.db.kysely, `${HEADER}\n${communes(1)[0]}\n`, 'one.csv', s.clock.now())
    ).created;
    const login = await signIn(created!.username, created!.password);
    const { token } = (await login.json()) as { token: string };
    const me = () => s.app.request('/api/v1/auth/me', jsonReq('GET', token));
    expect((await me()).status).toBe(200);
    await setDisabled(s.db.kysely, created!.username, true, s.clock.now());
    expect((await me()).status).toBe(401);
    expect((await signIn(created!.username, created!.password)).status).toBe(401);
    expect((await listUsers(s.db.kysely)).find((u) => u.username === created!.username)?.disabled).toBe(true);
    await setDisabled(s.db.kysely, created!.username, false, s.clock.now());
    expect((await signIn(created!.username, created!.password)).status).toBe(200);
  });

  it('a reset password replaces the old one and ends sign-ins; revoking ends them only', async () => {
    const [created] = (
      await importUsers(s.db.kysely, `${HEADER}\n${communes(1)[0]}\n`, 'one.csv', s.clock.now())
    ).created;
    const token = ((await (await signIn(created!.username, created!.password)).json()) as { token: string })
      .token;
    const me = (t: string) => s.app.request('/api/v1/auth/me', jsonReq('GET', t));
    const reset = await resetPassword(s.db.kysely, created!.username, s.clock.now());
    expect(reset.password).not.toBe(created!.password);
    expect((await me(token)).status).toBe(401);
    expect((await signIn(created!.username, created!.password)).status).toBe(401);
    const fresh = ((await (await signIn(created!.username, reset.password)).json()) as { token: string })
      .token;
    expect((await me(fresh)).status).toBe(200);
    expect(await revokeTokens(s.db.kysely, created!.username, s.clock.now())).toBe(1);
    expect((await me(fresh)).status).toBe(401);
    const actions = await s.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['user.password_reset', 'user.tokens_revoked'])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['user.password_reset', 'user.tokens_revoked']);
    for (const a of actions) expect(a.detail ?? '').not.toContain(reset.password);
  });

  it('names an unknown account in both languages', async () => {
    const err = await setDisabled(s.db.kysely, 'khong-co', true, s.clock.now()).catch((e: unknown) => e);
    expect(problemsOf(err)).toEqual([{ vi: 'không có tài khoản khong-co', en: 'no account khong-co' }]);
  });
});
