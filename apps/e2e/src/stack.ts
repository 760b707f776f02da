import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFront } from './front.js';
import { portalDist, serverDir } from './paths.js';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s: Server = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Stack {
  /** Origin of the portal (and of the API, same origin). */
  baseUrl: string;
  /** Origin of the API server itself. */
  apiUrl: string;
  /** True when the server serves the portal itself; false when the test's stand-in does. */
  serverServesPortal: boolean;
  /** The server's output so far, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /**
   * A database the test prepared itself (an operator's, loaded with the `kehoach` command): the
   * server runs on it as it is, without the demo seed, and it is left in place at the end.
   */
  databaseUrl?: string;
}

/** The server's database: a SQLite file, or with TEST_DATABASE_URL a new PostgreSQL schema. */
interface StackDatabase {
  url: string;
  /** What the failure messages call it (never the password). */
  label: string;
  /** Throws unless the server's demo accounts are in this database (so a PostgreSQL run is one). */
  verify(): Promise<void>;
  drop(): Promise<void>;
}

async function onPostgres(url: string, statement: string): Promise<unknown[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

/**
 * `TEST_DATABASE_URL=postgres://…` (the e2e's `test:pg`): a schema of its own in that database,
 * selected by the URL's search_path and dropped when the stack stops. Otherwise a SQLite file in
 * the stack's temporary directory.
 */
async function stackDatabase(dir: string): Promise<StackDatabase> {
  const pgUrl = process.env.TEST_DATABASE_URL?.trim() ?? '';
  if (!/^postgres(ql)?:\/\//.test(pgUrl))
    return {
      url: `file:${join(dir, 'kehoach.sqlite')}`,
      label: 'SQLite',
      verify: async () => {
        if (!existsSync(join(dir, 'kehoach.sqlite'))) throw new Error('the server made no SQLite file');
      },
      drop: async () => {},
    };
  const schema = `kh_e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onPostgres(pgUrl, `create schema ${schema}`);
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    label: `PostgreSQL schema ${schema}`,
    verify: async () => {
      const rows = (await onPostgres(pgUrl, `select count(*)::int as n from ${schema}.users`)) as {
        n: number;
      }[];
      if (!(Number(rows[0]?.n) > 0)) throw new Error(`no accounts in PostgreSQL schema ${schema}`);
    },
    drop: async () => {
      await onPostgres(pgUrl, `drop schema if exists ${schema} cascade`);
    },
  };
}

/**
 * Starts the real server (`apps/server/dist/main.js`, the build) on a free port with a
 * fresh database (a SQLite file in a temporary directory, or with TEST_DATABASE_URL a new PostgreSQL
 * schema) and the demo seed, serving the built portal
 * (`PORTAL_DIR`). When the server does not serve the portal yet, a stand-in (`front.ts`) serves
 * it on another port and proxies `/api/*`, so the browser still sees one origin.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (!existsSync(join(portalDist, 'index.html')))
    throw new Error(`${portalDist}/index.html is missing: run \`pnpm --filter @kehoach/portal build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-e2e-'));
  const database: StackDatabase = options.databaseUrl
    ? { url: options.databaseUrl, label: 'the test’s database', verify: async () => {}, drop: async () => {} }
    : await stackDatabase(dir);
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    // The built server, as an operator runs it (`npm start` does the same).
    ['--enable-source-maps', 'dist/main.js'],
    {
      cwd: serverDir,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        SEED_DEMO: options.databaseUrl ? '0' : '1',
        PORTAL_DIR: portalDist,
        LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
        LOGIN_RATE_LIMIT: '1000',
        SQLITE_SYNCHRONOUS: 'NORMAL',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const collect = (b: Buffer) => {
    output += b.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let front: import('node:http').Server | undefined;

  const stop = async () => {
    await new Promise<void>((r) => (front ? front.close(() => r()) : r()));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  };

  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const r = await fetch(`${apiUrl}/api/v1/plans`);
        if (r.ok && ((await r.json()) as unknown[]).length > 0) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('server did not answer within 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
    await database.verify();
    const home = await fetch(`${apiUrl}/`).catch(() => null);
    const serves = Boolean(
      home?.ok &&
        home.headers.get('content-type')?.includes('text/html') &&
        (await home.text()).includes('kh-'),
    );
    let baseUrl = apiUrl;
    if (!serves) {
      const frontPort = await freePort();
      front = await startFront(portalDist, apiUrl, frontPort);
      baseUrl = `http://127.0.0.1:${frontPort}`;
    }
    return { baseUrl, apiUrl, serverServesPortal: serves, logs: () => output, stop };
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message} (${database.label})\n--- server output ---\n${output}`);
  }
}
