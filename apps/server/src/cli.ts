/**
 * Operator commands:
 *   cli migrate
 *   cli seed                       demo data of @kehoach/mocks: plan, demo registry, accounts
 *                                  (demo-<username>-2026), illustrative observations and reports
 *   cli user:create --username u --role reporter|reviewer|admin [--agency id] [--name "…"] [--password p]
 *   cli token:create --username u [--ttl-hours 12]
 *   cli backup --to <file>         consistent copy of the SQLite database while the server runs
 * The database is DATABASE_URL (default file:./data/kehoach.sqlite).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { issueToken } from './auth/tokens.js';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/connect.js';
import { demoAccounts, seedDemo } from './seed.js';
import { createUser } from './services/users.js';

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    agency: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    'ttl-hours': { type: 'string' },
    to: { type: 'string' },
  },
  strict: true,
});

const env = configFromEnv();
const db = await openDatabase({ url: env.databaseUrl });
const now = new Date();
try {
  switch (command) {
    case 'migrate':
      console.log('migrated');
      break;
    case 'seed': {
      const r = await seedDemo(db.kysely, now);
      console.log(
        r.alreadySeeded
          ? 'demo data already loaded (nothing added)'
          : `demo data: ${r.usersCreated.length} accounts, ${r.observations} illustrative observations, ${r.reportsCreated} reports`,
      );
      console.log('demo accounts (username / password) — demo only:');
      for (const a of demoAccounts())
        console.log(
          `  ${a.username.padEnd(14)} ${a.password.padEnd(26)} ${a.role.padEnd(9)} ${a.agencyId ?? ''}`,
        );
      break;
    }
    case 'backup': {
      if (!values.to) throw new Error('usage: backup --to <file>');
      if (!db.sqlite)
        throw new Error(
          'backup copies SQLite databases; for PostgreSQL use pg_dump (see docs/operations.md)',
        );
      const target = resolve(values.to);
      if (existsSync(target)) throw new Error(`${target} exists: choose a new file`);
      mkdirSync(dirname(target), { recursive: true });
      // SQLite's online backup API: a consistent copy while the server keeps reading and writing.
      const { totalPages } = await db.sqlite.backup(target);
      console.log(`backed up ${totalPages} pages to ${target}`);
      break;
    }
    case 'user:create': {
      if (!values.username || !values.role)
        throw new Error('usage: user:create --username u --role r [--agency id] [--name n] [--password p]');
      const generated = values.password === undefined;
      const password = values.password ?? randomBytes(12).toString('base64url');
      const row = await createUser(
        db.kysely,
        {
          username: values.username,
          name: values.name ?? values.username,
          role: values.role as 'reporter',
          agencyId: values.agency ?? null,
          password,
        },
        now,
      );
      console.log(
        `created ${row.username} (${row.role}${row.agency_id ? `, ${row.agency_id}` : ''}) id ${row.id}`,
      );
      if (generated) console.log(`password: ${password}`);
      break;
    }
    case 'token:create': {
      if (!values.username) throw new Error('usage: token:create --username u [--ttl-hours h]');
      const user = await db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', values.username)
        .executeTakeFirst();
      if (!user) throw new Error(`no user ${values.username}`);
      const ttl = Number(values['ttl-hours'] ?? 12) * 3_600_000;
      const { token, expiresAt } = await issueToken(db.kysely, user.id, now, ttl);
      console.log(token);
      console.error(`expires ${expiresAt}`);
      break;
    }
    default:
      console.error('commands: migrate | seed | user:create | token:create | backup');
      process.exitCode = 2;
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
