// A throw-away PostgreSQL for the test suites: Debian's `postgresql` binaries (installed with
// apt-get when missing, as toolchain.mjs does for Chromium), a new cluster in a temporary
// directory listening on 127.0.0.1 and a free port, one database, and a function that stops the
// cluster and deletes it. `npm test` runs the server suite and the e2e on it (TEST_DATABASE_URL).
//
//   node scripts/postgres.mjs                      start one, print its URL, stop on Ctrl-C
//   node scripts/postgres.mjs -- <command …>       run a command with TEST_DATABASE_URL set, e.g.
//   node scripts/postgres.mjs -- pnpm --filter @kehoach/server test:pg
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, log } from './toolchain.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest /usr/lib/postgresql/<major>/bin that has initdb, or PG_BIN. */
function findBinaries() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const majors = readdirSync(base)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? join(base, majors[0], 'bin') : null;
}

function installPostgres() {
  log('PostgreSQL not found');
  aptInstall(
    ['postgresql'],
    'Install it yourself (apt-get install postgresql), set PG_BIN, or set TEST_DATABASE_URL to a database of your own.',
  );
}

/**
 * Run a PostgreSQL program. PostgreSQL refuses to run as root, so under root (CI) it runs as the
 * `postgres` account that Debian's package creates.
 */
function pgRun(bin, program, args, options = {}) {
  const cmd = isRoot
    ? [runuser(), '-u', 'postgres', '--', join(bin, program), ...args]
    : [join(bin, program), ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', ...options });
  if (r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}`;
    throw new Error(`${program} failed (${why}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return r.stdout;
}

/** util-linux's runuser lives in an sbin directory, which a minimal PATH may not list. */
function runuser() {
  return ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p)) ?? 'runuser';
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/**
 * The PostgreSQL the tests use: TEST_DATABASE_URL when it is already set (a database of your
 * own; the tests make and drop schemas of their own in it), else a throw-away cluster with one
 * database.
 * @returns {Promise<{ url: string, stop: () => void }>} `url` is `postgres://…@127.0.0.1:<port>/kehoach_test`;
 * `stop()` stops the cluster and deletes its directory (also run when the process exits).
 */
export async function ensurePostgres() {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given && /^postgres(ql)?:\/\//.test(given)) {
    log('PostgreSQL: TEST_DATABASE_URL is set, using that database');
    return { url: given, stop: () => {} };
  }
  return startCluster();
}

/** A new cluster in a temporary directory, on 127.0.0.1 and a free port, with database kehoach_test. */
async function startCluster() {
  let bin = findBinaries();
  if (!bin) {
    installPostgres();
    bin = findBinaries();
    if (!bin)
      throw new Error('apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb was found');
  }
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-pg-'));
  const data = join(dir, 'data');
  const user = 'kehoach';
  const password = randomBytes(18).toString('base64url');
  writeFileSync(join(dir, 'pwfile'), `${password}\n`, { mode: 0o600 });
  if (isRoot) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0)
      throw new Error('running as root, but there is no "postgres" account to run PostgreSQL as');
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
    chownSync(join(dir, 'pwfile'), Number(ids.stdout), Number(gids.stdout));
  }
  let running = false;
  const stop = () => {
    if (running) {
      try {
        pgRun(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], { stdio: 'pipe' });
      } catch (e) {
        log(`stopping PostgreSQL: ${e.message}`);
      }
      running = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    pgRun(bin, 'initdb', [
      '-D',
      data,
      '-U',
      user,
      `--pwfile=${join(dir, 'pwfile')}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    rmSync(join(dir, 'pwfile'));
    // A port can be taken between probing and binding: try a few.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`;
      try {
        pgRun(
          bin,
          'pg_ctl',
          ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start'],
          {
            stdio: 'pipe',
          },
        );
        running = true;
        break;
      } catch (e) {
        if (attempt >= 3) {
          const serverLog = existsSync(join(dir, 'server.log'))
            ? readFileSync(join(dir, 'server.log'), 'utf8')
            : '';
          throw new Error(`${e.message}\n${serverLog}`);
        }
      }
    }
    pgRun(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', user, 'kehoach_test'], {
      env: { ...process.env, PGPASSWORD: password },
    });
    const url = `postgres://${user}:${password}@127.0.0.1:${port}/kehoach_test`;
    const version = /\d+(\.\d+)?/.exec(pgRun(bin, 'postgres', ['--version']))?.[0] ?? '?';
    log(`PostgreSQL ${version} on 127.0.0.1:${port} (${dir})`);
    return { url, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

// As a command: start one, run the command after `--` with TEST_DATABASE_URL, or wait for Ctrl-C.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pg = await ensurePostgres();
  const sep = process.argv.indexOf('--');
  const command = sep === -1 ? [] : process.argv.slice(sep + 1);
  if (command.length === 0) {
    console.log(`TEST_DATABASE_URL=${pg.url}`);
    log('Ctrl-C stops the cluster and deletes it');
    const quit = () => process.exit(0);
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
    setInterval(() => {}, 1 << 30);
  } else {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE_URL: pg.url },
    });
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }
}
