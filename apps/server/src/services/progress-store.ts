/**
 * Progress computed when data change, stored, and served from the store (tiến độ tính sẵn).
 *
 * Every change that moves progress (an accepted report, observations loaded, a plan or catalog
 * stored, the demo seeded) calls {@link progressChanged} in its own transaction, which raises the
 * plan's `progress_state.generation`. The progress of a plan × year × unit is computed once per
 * generation and local day — with the same functions as ever, {@link progressObservations} and
 * the sdk's `buildProgressResponse` — and stored per measure in `progress_cells`, so that every
 * instance on the database reads it; the plan's own unit is computed for every year of the plan
 * right after a change in this process, other units on their first read. A read costs one query
 * for the generation and, in the usual case, no more: the latest answers stay in memory with
 * their ETag and their brotli and gzip bytes, each compressed once.
 */
import { createHash } from 'node:crypto';
import { buildProgressResponse, localDate, type Observation, planMeasures, planUnitId } from '@kehoach/sdk';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.js';
import { type Encoding, encode } from '../http/compress.js';
import type { BundleStore, PlanBundle } from './bundles.js';
import { progressObservations } from './progress.js';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Record that the progress of `planIds` (default: every stored plan, e.g. when observations,
 * which belong to no plan, were loaded) has changed. Call it inside the writing transaction, so
 * that the change and the new generation commit together.
 */
export async function progressChanged(q: Q, at: string, planIds?: readonly string[]): Promise<void> {
  const ids = planIds ?? (await q.selectFrom('plans').select('id').execute()).map((r) => r.id);
  for (const planId of ids)
    await q
      .insertInto('progress_state')
      .values({ plan_id: planId, generation: 1, updated_at: at })
      .onConflict((oc) =>
        oc.column('plan_id').doUpdateSet({ generation: sql`progress_state.generation + 1`, updated_at: at }),
      )
      .execute();
}

/** One stored answer: its bytes as JSON, its validator, and its compressed forms when asked for. */
export class ProgressAnswer {
  private readonly encoded = new Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>();
  /** Content hash (base64url, 128 bits): the strong ETag is `"<hash>"`, `"<hash>-br"`, `"<hash>-gz"`. */
  readonly hash: string;
  readonly json: Uint8Array<ArrayBuffer>;

  readonly generation: number;
  readonly asOf: string;

  constructor(generation: number, asOf: string, text: string) {
    this.generation = generation;
    this.asOf = asOf;
    this.json = new TextEncoder().encode(text);
    this.hash = createHash('sha256').update(this.json).digest('base64url').slice(0, 22);
  }

  /** A strong ETag per representation: the bytes differ with the Content-Encoding. */
  etag(encoding: Encoding | null): string {
    return `"${this.hash}${encoding === 'br' ? '-br' : encoding === 'gzip' ? '-gz' : ''}"`;
  }

  /** Whether an If-None-Match header names this content (in any of its encodings), or is `*`. */
  matches(ifNoneMatch: string | undefined): boolean {
    if (!ifNoneMatch) return false;
    if (ifNoneMatch.trim() === '*') return true;
    // If-None-Match compares weakly (RFC 9110 §13.1.2): W/ is ignored.
    return (ifNoneMatch.match(/"[^"]*"/g) ?? []).some((tag) =>
      [this.etag(null), this.etag('br'), this.etag('gzip')].includes(tag),
    );
  }

  /** The body in `encoding`, compressed the first time it is asked for. */
  body(encoding: Encoding | null): Promise<Uint8Array<ArrayBuffer>> {
    if (encoding === null) return Promise.resolve(this.json);
    let p = this.encoded.get(encoding);
    if (!p) {
      p = encode(this.json, encoding);
      this.encoded.set(encoding, p);
    }
    return p;
  }
}

/** The `getProgress` body from its stored measures: the bytes `JSON.stringify` gives the whole. */
function assemble(
  planId: string,
  year: number,
  unitId: string,
  rows: { illustrative: number; body: string }[],
) {
  const illustrative = rows.some((r) => r.illustrative === 1);
  return `{"planId":${JSON.stringify(planId)},"year":${year},"unitId":${JSON.stringify(unitId)},"illustrative":${illustrative},"measures":[${rows.map((r) => r.body).join(',')}]}`;
}

export class ProgressStore {
  /** Latest answers by plan × year × unit, least recently used first. */
  private readonly memory = new Map<string, ProgressAnswer>();
  /** Answers being loaded or computed, so that concurrent readers wait for one computation. */
  private readonly pending = new Map<string, Promise<ProgressAnswer>>();

  private readonly db: Kysely<Database>;
  private readonly bundles: BundleStore;
  private readonly logger: Logger;
  /** Answers kept in memory (about 62 KB of JSON each, plus their compressed forms). */
  private readonly capacity: number;

  constructor(db: Kysely<Database>, bundles: BundleStore, logger: Logger, capacity = 64) {
    this.db = db;
    this.bundles = bundles;
    this.logger = logger;
    this.capacity = capacity;
  }

  private async generation(planId: string): Promise<number> {
    const row = await this.db
      .selectFrom('progress_state')
      .select('generation')
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    return row ? Number(row.generation) : 0;
  }

  /** The current progress of `bundle`'s plan for `year` and `unitId`, as of `now`. */
  async answer(bundle: PlanBundle, year: number, unitId: string, now: Date): Promise<ProgressAnswer> {
    const asOf = localDate(now, bundle.plan.reporting.timeZone);
    const generation = await this.generation(bundle.plan.id);
    return this.once(bundle.plan.id, year, unitId, generation, asOf, async () => {
      const stored = await this.stored(bundle, year, unitId, generation, asOf);
      if (stored) return stored;
      const observations = await progressObservations(this.db, bundle, year, asOf);
      return this.compute(bundle, year, unitId, generation, asOf, now, observations);
    });
  }

  /**
   * Compute and store the progress of the plan's own unit for every year of the plan (what the
   * public page shows first), reading the observations once. Called right after a change.
   */
  async refresh(planId: string, now: Date): Promise<void> {
    const bundle = await this.bundles.bundle(planId);
    if (!bundle) return;
    const generation = await this.generation(planId);
    const asOf = localDate(now, bundle.plan.reporting.timeZone);
    const unitId = planUnitId(bundle.plan, bundle.registry, now);
    const { from, to } = bundle.plan.period;
    // Observations of later years are left out by `buildProgressResponse` itself, so one load
    // up to the plan's last year serves every year.
    let observations: Promise<Observation[]> | undefined;
    for (let year = from; year <= to; year++) {
      await this.once(planId, year, unitId, generation, asOf, async () => {
        observations ??= progressObservations(this.db, bundle, to, asOf);
        return this.compute(bundle, year, unitId, generation, asOf, now, await observations);
      });
      // Let requests in between years: a refresh must not hold writes up.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** {@link refresh} in the background; a failure is logged, never thrown at the writer. */
  schedule(planId: string, now: Date): void {
    this.refresh(planId, now).catch((err: Error) =>
      this.logger.warn({ planId, err: { type: err.name, message: err.message } }, 'progress refresh failed'),
    );
  }

  private once(
    planId: string,
    year: number,
    unitId: string,
    generation: number,
    asOf: string,
    load: () => Promise<ProgressAnswer>,
  ): Promise<ProgressAnswer> {
    const key = `${planId}\n${year}\n${unitId}`;
    const hit = this.memory.get(key);
    if (hit && hit.generation === generation && hit.asOf === asOf) {
      this.memory.delete(key);
      this.memory.set(key, hit);
      return Promise.resolve(hit);
    }
    const pendingKey = `${key}\n${generation}\n${asOf}`;
    let p = this.pending.get(pendingKey);
    if (!p) {
      p = load()
        .then((answer) => {
          const current = this.memory.get(key);
          // A slower load of an older generation never replaces a newer answer.
          if (!current || current.generation <= generation) {
            this.memory.delete(key);
            this.memory.set(key, answer);
            while (this.memory.size > this.capacity) {
              const oldest = this.memory.keys().next().value as string;
              this.memory.delete(oldest);
            }
          }
          return answer;
        })
        .finally(() => this.pending.delete(pendingKey));
      this.pending.set(pendingKey, p);
    }
    return p;
  }

  /** The stored answer when every measure is stored for this generation and day, else null. */
  private async stored(
    bundle: PlanBundle,
    year: number,
    unitId: string,
    generation: number,
    asOf: string,
  ): Promise<ProgressAnswer | null> {
    const rows = await this.db
      .selectFrom('progress_cells')
      .select(['illustrative', 'body'])
      .where('plan_id', '=', bundle.plan.id)
      .where('year', '=', year)
      .where('unit_id', '=', unitId)
      .where('generation', '=', generation)
      .where('as_of', '=', asOf)
      .orderBy('position')
      .execute();
    if (rows.length === 0 || rows.length !== planMeasures(bundle.plan, bundle.catalog).length) return null;
    return new ProgressAnswer(generation, asOf, assemble(bundle.plan.id, year, unitId, rows));
  }

  private async compute(
    bundle: PlanBundle,
    year: number,
    unitId: string,
    generation: number,
    asOf: string,
    now: Date,
    observations: readonly Observation[],
  ): Promise<ProgressAnswer> {
    const response = buildProgressResponse({ ...bundle, year, unitId, now, observations });
    const rows = response.measures.map((m, position) => ({
      plan_id: bundle.plan.id,
      year,
      unit_id: unitId,
      measure_id: m.measureId,
      position,
      generation,
      as_of: asOf,
      illustrative: m.illustrative ? 1 : 0,
      body: JSON.stringify(m),
    }));
    if (rows.length > 0)
      await this.db
        .insertInto('progress_cells')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['plan_id', 'year', 'unit_id', 'measure_id'])
            .doUpdateSet((eb) => ({
              position: eb.ref('excluded.position'),
              generation: eb.ref('excluded.generation'),
              as_of: eb.ref('excluded.as_of'),
              illustrative: eb.ref('excluded.illustrative'),
              body: eb.ref('excluded.body'),
            }))
            // Another instance may have stored a newer generation meanwhile: keep that one.
            .where('progress_cells.generation', '<=', generation),
        )
        .execute();
    return new ProgressAnswer(generation, asOf, JSON.stringify(response));
  }
}
