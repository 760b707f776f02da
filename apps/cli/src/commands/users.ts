/**
 * `kehoach users …`: the accounts of the server's database (DATABASE_URL), through the server's
 * own operator services. Generated passwords go only to the `--passwords` file (new, owner-only),
 * never to the terminal or a log.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  configFromEnv,
  importUsers,
  listUsers,
  openDatabase,
  PasswordFile,
  resetPassword,
  revokeTokens,
  setDisabled,
  USER_COLUMNS,
} from '@kehoach/server/operator';
import { UsageError } from '../usage.js';

export const USERS_HELP = `kehoach users import <tệp.csv> --passwords <tệp mới>   nhập tài khoản (cột: ${USER_COLUMNS.join(', ')})
kehoach users list [--json]                            liệt kê tài khoản
kehoach users disable|enable <tên đăng nhập>           khóa / mở khóa
kehoach users reset-password <tên đăng nhập> --passwords <tệp mới>
kehoach users revoke-tokens <tên đăng nhập>            đăng xuất mọi phiên`;

const need = (value: string | undefined, vi: string, en: string): string => {
  if (!value) throw new UsageError(vi, en);
  return value;
};

export async function users(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { passwords: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const known = ['import', 'list', 'disable', 'enable', 'reset-password', 'revoke-tokens'];
  if (!command || !known.includes(command))
    throw new UsageError(
      `lệnh users không rõ: ${command ?? ''}\n${USERS_HELP}`,
      `unknown users command: ${command ?? ''}`,
    );
  const target = () => need(positionals[0], 'thiếu tên đăng nhập', 'a username is required');
  // Open the passwords file first: a bad path stops the command before anything changes.
  const file =
    command === 'import' || command === 'reset-password'
      ? new PasswordFile(
          need(values.passwords, 'thiếu --passwords <tệp mới>', '--passwords <new file> is required'),
        )
      : undefined;
  const csv = command === 'import' ? need(positionals[0], 'thiếu tệp CSV', 'a CSV file is required') : '';
  const db = await openDatabase({ url: configFromEnv().databaseUrl });
  const now = new Date();
  try {
    switch (command) {
      case 'import': {
        const onProgress = process.stderr.isTTY
          ? (done: number, total: number) => process.stderr.write(`\rmật khẩu / passwords ${done}/${total}`)
          : undefined;
        const r = await importUsers(db.kysely, readFileSync(csv, 'utf8'), basename(csv), now, { onProgress });
        if (onProgress) process.stderr.write('\n');
        file!.write(r.created);
        console.log(
          `đã tạo ${r.created.length} tài khoản, ${r.unchanged.length} đã có (giữ nguyên); mật khẩu trong ${file!.path}`,
        );
        console.log(
          `created ${r.created.length} accounts, ${r.unchanged.length} already there (unchanged); passwords in ${file!.path}: hand each to its officer, then delete the file`,
        );
        break;
      }
      case 'list': {
        const all = await listUsers(db.kysely);
        if (values.json) console.log(JSON.stringify(all, null, 2));
        else
          for (const u of all)
            console.log(
              [
                u.username,
                u.role,
                u.agencyId ?? '-',
                u.disabled ? 'disabled' : 'active',
                u.email ?? '',
                u.name,
              ].join('\t'),
            );
        break;
      }
      case 'disable':
      case 'enable':
        await setDisabled(db.kysely, target(), command === 'disable', now);
        console.log(`${command === 'disable' ? 'đã khóa / disabled' : 'đã mở khóa / enabled'} ${target()}`);
        break;
      case 'reset-password': {
        const issued = await resetPassword(db.kysely, target(), now);
        file!.write([issued]);
        console.log(`mật khẩu mới trong / new password in ${file!.path}`);
        break;
      }
      case 'revoke-tokens':
        console.log(`đã thu hồi / revoked ${await revokeTokens(db.kysely, target(), now)} (${target()})`);
        break;
    }
  } catch (err) {
    file?.discard();
    throw err;
  } finally {
    await db.close();
  }
}
