/**
 * What the server prints when it starts: where it listens and, with the demo seed, which demo
 * accounts sign in. Plain text for people (the logs stay pino JSON); never a token, never the
 * password of an account that is not a demo account.
 */
import { createServer } from 'node:net';
import type { Kysely } from 'kysely';
import { verifyPassword } from './auth/password.js';
import type { Database } from './db/schema.js';
import { type DemoAccount, demoAccounts } from './seed.js';

/** The URL people open: loopback for a wildcard host, brackets for IPv6. */
export function publicUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host;
  return `http://${h.includes(':') ? `[${h}]` : h}:${port}/`;
}

/** The bilingual message for a port that cannot be bound. */
export function portBusyMessage(port: number, host: string, code: string | undefined): string {
  if (code === 'EACCES')
    return (
      `Không được phép mở cổng ${port} trên ${host}. Hãy chọn cổng khác, ví dụ PORT=8788.\n` +
      `Not allowed to listen on port ${port} of ${host}. Choose another port, e.g. PORT=8788.`
    );
  return (
    `Cổng ${port} trên ${host} đang được một chương trình khác sử dụng (có thể kehoach đang chạy rồi). ` +
    `Hãy dừng chương trình đó, hoặc chạy với cổng khác, ví dụ PORT=${port + 1}.\n` +
    `Port ${port} on ${host} is already in use (is kehoach already running?). ` +
    `Stop that program, or run on another port, e.g. PORT=${port + 1}.`
  );
}

/** Resolves when `port` can be bound on `host`; rejects with the listen error (EADDRINUSE …). */
export function probePort(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen({ port, host, exclusive: true }, () => s.close(() => resolve()));
  });
}

/**
 * Demo accounts that still sign in with their demo password. An account whose password an
 * operator has changed is left out: its password is no longer a demo one.
 */
export async function workingDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const accounts = demoAccounts();
  const rows = await db
    .selectFrom('users')
    .select(['username', 'password_hash', 'disabled'])
    .where(
      'username',
      'in',
      accounts.map((a) => a.username),
    )
    .execute();
  const byName = new Map(rows.map((r) => [r.username, r]));
  const ok = await Promise.all(
    accounts.map(async (a) => {
      const row = byName.get(a.username);
      const hash = row?.disabled === 0 ? row.password_hash : null;
      return hash === null ? false : verifyPassword(a.password, hash);
    }),
  );
  return accounts.filter((_, i) => ok[i]);
}

/** The start banner. */
export function banner(input: {
  url: string;
  portal: boolean;
  database: string;
  databaseCreated: boolean;
  demo: DemoAccount[] | null;
  agencyName?: (id: string) => string;
}): string {
  const lines: string[] = [];
  lines.push('');
  lines.push(`kehoach — ${input.portal ? 'cổng thông tin / portal' : 'API'}: ${input.url}`);
  lines.push(`  API:  ${input.url}api/v1/plans   ·   tài liệu / docs: ${input.url}api/docs`);
  lines.push(
    `  CSDL / database: ${input.database} (${input.databaseCreated ? 'mới tạo / created' : 'dùng lại / reused'})`,
  );
  if (input.demo) {
    lines.push('');
    lines.push('  Tài khoản minh họa — demo accounts (chỉ để trình diễn / demo only):');
    const rows = input.demo.map((a) => [
      a.username,
      a.password,
      a.role,
      a.agencyId ? (input.agencyName?.(a.agencyId) ?? a.agencyId) : '',
    ]);
    const head = ['tên đăng nhập / username', 'mật khẩu / password', 'vai trò / role', 'cơ quan / agency'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const fmt = (r: string[]) =>
      `    ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`;
    lines.push(fmt(head));
    for (const r of rows) lines.push(fmt(r));
    if (input.demo.length === 0)
      lines.push(
        '    (không còn tài khoản minh họa nào dùng mật khẩu mặc định / none left with its demo password)',
      );
  }
  lines.push('');
  return lines.join('\n');
}
