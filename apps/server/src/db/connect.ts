import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { type DialectName, migrateToLatest } from './migrations.js';
import type { Database } from './schema.js';

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
    if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    db = { kysely, dialect: 'sqlite', sqlite, migrated: [], close: () => kysely.destroy() };
  }
  if (options.migrate !== false) db.migrated = await migrateToLatest(db.kysely, db.dialect);
  return db;
}
