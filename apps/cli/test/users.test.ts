/**
 * `kehoach users …` as an operator runs it: the built command on a SQLite file that the server's
 * own `cli seed` prepared (the demo plan and its registry, so agencies can be checked).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const kehoach = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const serverCli = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'kehoach.sqlite')}` };

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [kehoach, ...args], { env, cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [serverCli, 'seed'], { env, cwd: dir, stdio: 'ignore' });
});

const CSV = [
  'username,name,role,agency,email',
  ...Array.from(
    { length: 12 },
    (_, i) => `xa-${i + 1},Cán bộ xã ${i + 1},reporter,lam-dong.ubnd-cap-xa,xa${i + 1}@example.invalid`,
  ),
].join('\n');

describe('kehoach users', () => {
  it('imports a file, writes the passwords once to a new owner-only file, and prints none of them', () => {
    writeFileSync(join(dir, 'xa.csv'), CSV);
    const r = run('users', 'import', 'xa.csv', '--passwords', 'mat-khau.csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('đã tạo 12 tài khoản');
    expect(r.stdout).toContain('created 12 accounts');
    const lines = readFileSync(join(dir, 'mat-khau.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('username,password');
    expect(lines).toHaveLength(13);
    expect(statSync(join(dir, 'mat-khau.csv')).mode & 0o777).toBe(0o600);
    for (const line of lines.slice(1)) {
      const password = line.split(',')[1]!;
      expect(password).toMatch(/^[\w-]{16}$/);
      expect(r.stdout + r.stderr).not.toContain(password);
    }
    // The same file again: nothing changes; the passwords file is never overwritten.
    expect(run('users', 'import', 'xa.csv', '--passwords', 'mat-khau.csv').status).toBe(1);
    const again = run('users', 'import', 'xa.csv', '--passwords', 'mat-khau-2.csv');
    expect(again.stdout).toContain('created 0 accounts, 12 already there');
  });

  it('names each bad row and column in both languages, exits 1, and leaves no passwords file', () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'username,name,role,agency\nxa-x,Cán bộ,chief,lam-dong.ubnd-cap-xa\n',
    );
    const r = run('users', 'import', 'bad.csv', '--passwords', 'bad-pw.csv');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.csv, dòng 2, cột role');
    expect(r.stderr).toContain('bad.csv, row 2, column role');
    expect(() => statSync(join(dir, 'bad-pw.csv'))).toThrow();
  });

  it('lists, disables, enables, resets a password and revokes sign-ins', () => {
    const list = JSON.parse(run('users', 'list', '--json').stdout) as {
      username: string;
      disabled: boolean;
    }[];
    expect(list.find((u) => u.username === 'xa-3')?.disabled).toBe(false);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/);
    expect(run('users', 'disable', 'xa-3').status).toBe(0);
    expect(
      (JSON.parse(run('users', 'list', '--json').stdout) as { username: string; disabled: boolean }[]).find(
        (u) => u.username === 'xa-3',
      )?.disabled,
    ).toBe(true);
    expect(run('users', 'enable', 'xa-3').status).toBe(0);
    const reset = run('users', 'reset-password', 'xa-3', '--passwords', 'xa-3.csv');
    expect(reset.status, reset.stderr).toBe(0);
    const password = readFileSync(join(dir, 'xa-3.csv'), 'utf8').trim().split('\n')[1]!.split(',')[1]!;
    expect(reset.stdout).not.toContain(password);
    expect(run('users', 'revoke-tokens', 'xa-3').stdout).toContain('revoked 0');
    const unknown = run('users', 'disable', 'khong-co');
    expect([unknown.status, unknown.stderr]).toEqual([
      1,
      'không có tài khoản khong-co\n  no account khong-co\n',
    ]);
  });

  it('says what it cannot run, with status 2', () => {
    expect(run('users', 'import').status).toBe(2);
    expect(run('users', 'frobnicate').status).toBe(2);
    expect(run('nothing').status).toBe(2);
    expect(run('users', 'list', '--colour').status).toBe(2);
    expect(run('help').stdout).toContain('kehoach users import');
  });

  it('still prints the progress table', () => {
    const r = run('progress', '--year', '2026', '--lang', 'en');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/illustrative/i);
  });
});
