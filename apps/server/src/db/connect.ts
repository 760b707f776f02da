import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import { type DialectName, migrateToLatest } from './migrations.js';
import type { Database } from './schema.js';

/**
 * SQLite transactions that take the write lock when they begin (BEGIN IMMEDIATE). Kysely begins
 * them deferred: a transaction that reads and then writes while another process (a second
 * server on the file, the CLI, a concurrent start) committed in between cannot take the lock,
 * and SQLite fails it at once with "database is locked" instead of waiting `busy_timeout`.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** The raw better-sqlite3 handle when the dialect is SQLite (for tests and the benchmark). */
  sqlite: SQLite.Database | null;
  /** Migrations this open applied (`0001_init` among them: the schema was created just now). */
  migrated: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `file:./data/kehoach.sqlite`, `file::memory:`, `:memory:`, a plain path, or `postgres://…`. */
  url: string;
  /** Run migrations after opening (default true). */
  migrate?: boolean;
  /**
   * SQLite `synchronous` pragma. FULL (the default) makes every acknowledged commit survive a
   * power cut; NORMAL is faster and still survives a crash of the process.
   */
  synchronous?: 'FULL' | 'NORMAL';
}

/** Prepared statements kept per connection; the server sends a few dozen distinct SQL texts. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The connection as Kysely's SQLite dialect sees it, with its prepared statements kept: Kysely
 * asks better-sqlite3 to prepare every query anew, which was a tenth of a write's time. Least
 * recently used statements are dropped past {@link STATEMENT_CACHE_SIZE} (texts vary with the
 * length of `in (…)` lists). A statement is reused only after its previous run has finished: the
 * driver runs each one to completion (`all`/`run`) and never streams, and better-sqlite3 is
 * synchronous. SQLite re-prepares a kept statement by itself after a schema change.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt) cache.delete(text);
      else stmt = sqlite.prepare(text);
      cache.set(text, stmt);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}

/** Path of a SQLite URL, or `:memory:`. */
export function sqlitePath(url: string): string {
  if (url === ':memory:' || url === 'file::memory:' || url === 'sqlite::memory:') return ':memory:';
  const path = url.replace(/^(sqlite|file):(\/\/)?/, '');
  return resolve(path);
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Open the database named by `url` and bring it to the latest schema. */
/**
 * Put a SQLite file in write-ahead-log mode. Switching needs the file to itself, and SQLite
 * answers SQLITE_BUSY at once — without its busy handler — when another process holds or awaits
 * a lock on it (seen on CI: three servers starting together on a fresh file); so it is tried
 * again for up to the busy timeout's 5 seconds.
 */
async function walMode(sqlite: InstanceType<typeof SQLite>): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || waited >= 5000) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function openDatabase(options: OpenOptions): Promise<Db> {
  const { url } = options;
  let db: Db;
  if (isPostgresUrl(url)) {
    // Loaded only when asked for, so a SQLite deployment never needs `pg` to be importable.
    const [{ default: pg }, { OwnSchemaPostgresDialect }] = await Promise.all([
      import('pg'),
      import('./own-schema.js'),
    ]);
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const kysely = new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
    db = { kysely, dialect: 'postgres', sqlite: null, migrated: [], close: () => kysely.destroy() };
  } else {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma('busy_timeout = 5000');
    if (path !== ':memory:') await walMode(sqlite);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    const kysely = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    });
    db = { kysely, dialect: 'sqlite', sqlite, migrated: [], close: () => kysely.destroy() };
  }
  if (options.migrate !== false) db.migrated = await migrateToLatest(db.kysely, db.dialect);
  return db;
}
