import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** True when `q` (a Kysely instance or a transaction) talks to PostgreSQL. */
export function isPostgres(q: Kysely<Database> | Transaction<Database>): boolean {
  return q.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Whether a read of a row that the transaction may then change should lock it (`FOR UPDATE`).
 * SQLite runs one transaction at a time, so a transaction's reads are already current; on
 * PostgreSQL (READ COMMITTED) a concurrent writer waits on the lock and then reads the row as
 * the winner left it, so a race answers as the same two requests one after the other would.
 */
export function lockRowsRead(q: Kysely<Database> | Transaction<Database>): boolean {
  return q.isTransaction && isPostgres(q);
}

/** True for a unique/primary-key violation from SQLite or PostgreSQL. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

/**
 * Run `work` in a transaction: when it resolves, its changes are committed (and, with SQLite's
 * `synchronous=FULL`, on disk); when it throws, none of them are stored.
 *
 * On PostgreSQL each call is a transaction of its own: the server batches the WAL flushes of
 * concurrent commits itself. Two requests can race there to create the same row (a report that
 * did not exist yet); the loser is retried once so it sees the winner's row. Races on rows that
 * exist are settled by `FOR UPDATE` ({@link lockRowsRead}), races on an idempotency key by its lock.
 *
 * On SQLite the calls of one database go through its {@link GroupCommit}: the writes that arrive
 * together share one transaction, and so one fsync, each in a savepoint of its own.
 */
export async function inTransaction<T>(db: Kysely<Database>, work: Work<T>): Promise<T> {
  if (!isPostgres(db)) return groupCommitOf(db).run(work);
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.transaction().execute(work);
  }
}

/** Most writes one commit acknowledges: bounds the wait of the first of them. */
const MAX_BATCH = 128;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Pending {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit (gộp giao dịch) for SQLite. better-sqlite3 is synchronous: a commit holds the
 * event loop for its fsync, and one transaction per request makes the fsyncs the queue every
 * request waits in. Instead, the writes that reach {@link inTransaction} in one turn of the event
 * loop (and those arriving while a batch runs) are run one after another in one transaction,
 * each in a savepoint: a write that fails is rolled back to its savepoint alone (nothing of it is
 * stored) and gets its own error, the others go on. After the one COMMIT every caller is answered,
 * so a write is acknowledged only once it is durable. If the commit fails, nothing of the batch
 * is stored and every caller gets the error. Each write sees the writes before it, as if they had
 * been committed one by one: the order is the order of arrival.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private running = false;
  /** Commits and writes so far (the benchmark reports the mean batch). */
  readonly stats = { commits: 0, writes: 0 };

  private readonly db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.db = db;
  }

  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // After the I/O callbacks of this turn: every request whose body arrived in it joins.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.running = true;
    const batch = this.queue.splice(0, MAX_BATCH);
    const outcomes: Outcome[] = [];
    let stop: { error: unknown } | undefined;
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const item of batch) {
          try {
            outcomes.push(await inSavepoint(trx, item.work));
          } catch (error) {
            stop = { error };
            throw error;
          }
        }
      });
      this.stats.commits += 1;
      this.stats.writes += batch.length;
      batch.forEach((item, i) => {
        const o = outcomes[i] as Outcome;
        if (o.ok) item.resolve(o.value);
        else item.reject(o.error);
      });
    } catch (err) {
      // Not committed: nothing of the batch is stored. A write that had failed on its own keeps
      // its own error; the others (and those not run) get the one that stopped the batch (not
      // that of the rollback after it).
      const cause = stop ? stop.error : err;
      batch.forEach((item, i) => {
        const o = outcomes[i];
        item.reject(o && !o.ok ? o.error : cause);
      });
    } finally {
      this.running = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}

/**
 * One write of a batch in a savepoint. A unique violation is retried once, as on PostgreSQL. If
 * the savepoint cannot be rolled back to, SQLite has rolled back the whole transaction (it does
 * on a full disk or an I/O error): the write's error then stops the batch.
 */
async function inSavepoint(trx: Transaction<Database>, work: Work<unknown>): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    await sql`savepoint kh_write`.execute(trx);
    try {
      const value = await work(trx);
      await sql`release savepoint kh_write`.execute(trx);
      return { ok: true, value };
    } catch (error) {
      try {
        await sql`rollback to savepoint kh_write`.execute(trx);
        await sql`release savepoint kh_write`.execute(trx);
      } catch {
        throw error;
      }
      if (attempt > 0 || !isUniqueViolation(error)) return { ok: false, error };
    }
  }
}

const committers = new WeakMap<Kysely<Database>, GroupCommit>();

/** The group commit of a SQLite database (one per Kysely instance, made on first use). */
export function groupCommitOf(db: Kysely<Database>): GroupCommit {
  let g = committers.get(db);
  if (!g) {
    g = new GroupCommit(db);
    committers.set(db, g);
  }
  return g;
}
