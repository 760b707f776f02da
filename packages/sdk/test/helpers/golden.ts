/**
 * Golden digests of assessments (test/golden): every result of the three entry points
 * (`assessProgress`, `assessColumns`, `assessBatch`) on the random cases and on the whole
 * benchmark country, rendered exactly (−0, NaN, undefined, key order, targets by reference)
 * and hashed per chunk, so a refactor of the method can be proven not to change one bit.
 */
import { makeMeasures, makeObservations, makeRegistry } from '../../bench/data.mjs';
import {
  type AssessColumnsOptions,
  type Assessment,
  type AssessmentTable,
  aggregateObservations,
  assessBatch,
  assessColumns,
  assessProgress,
  columnsFromCells,
  groupObservations,
  type Measure,
  observationColumns,
  type SeriesColumns,
  type SeriesPoint,
  seriesFromCells,
  type Target,
} from '../../src/index.js';
import { randomColumns, measures as randomMeasures, options as randomOptions } from './random-cases.js';
import { rng } from './random-series.js';

/** Series per chunk hash. */
export const CHUNK = 128;

const num = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

/** Exact text of any JSON-like value: numbers bit-exact, undefined kept, keys in their order. */
function text(v: unknown): string {
  if (v === undefined) return 'u';
  if (v === null) return 'n';
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'string') return JSON.stringify(v);
  let s: string;
  if (Array.isArray(v)) {
    s = '[';
    for (let i = 0; i < v.length; i++) s += `${text(v[i])},`;
    return `${s}]`;
  }
  s = '{';
  for (const k in v as object) s += `${k}:${text((v as Record<string, unknown>)[k])},`;
  return `${s}}`;
}

/** An assessment, its target named by reference: `@o` the option, `@i` the measure's i-th target. */
export function renderAssessment(a: Assessment, measure: Measure, override: Target | undefined): string {
  const t = a.target;
  const ref =
    t === null
      ? 'n'
      : t === override
        ? '@o'
        : measure.targets.includes(t)
          ? `@${measure.targets.indexOf(t)}`
          : '@?';
  let s = '{';
  for (const k in a)
    s += k === 'target' ? `target:${ref}${text(t)},` : `${k}:${text(a[k as keyof Assessment])},`;
  return `${s}}`;
}

/** What the table holds beyond `get(i)`: codes, flags, the year column and the accessors. */
export function renderTableRow(t: AssessmentTable, i: number): string {
  const f = t.flags[i]!;
  const ms: string[] = [];
  for (let j = 0; j < t.milestoneCount(i); j++) ms.push(text(t.milestone(i, j)));
  return [
    t.statusCode[i],
    t.reasonCode[i],
    t.methodCode[i],
    f,
    text(t.ratioAt(i)),
    text(t.expectedAt(i)),
    num(t.year[i]!),
    f & 2 ? `${num(t.baseYear[i]!)}/${num(t.baseValue[i]!)}` : '-',
    f & 4 ? `${num(t.latestYear[i]!)}/${num(t.latestValue[i]!)}` : '-',
    t.targetCode[i],
    ms.join(';'),
    t.changeStart[i + 1]! - t.changeStart[i]!,
    t.changesMet[i],
    t.status(i),
    t.reason(i),
    t.method(i),
    t.measure(i).id,
    t.unitIds[i],
  ].join('|');
}

/** Hashes of a run of rendered series: sha256 per chunk, and four bits per series to find a change. */
export interface DigestRecord {
  count: number;
  chunks: string[];
  /** Four bits per series (FNV-1a of its text), two series a byte, base64. */
  series: string;
}

/**
 * Hashes rendered series: 64 bits per chunk of {@link CHUNK} (two 32-bit lanes, cyrb-style;
 * a change detector, not a defence against forgery) and four bits per series.
 */
export class Digest {
  private readonly chunks: string[] = [];
  private bytes = new Uint8Array(1024);
  private count = 0;
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(s: string): void {
    if (this.count === this.bytes.length) {
      const b = new Uint8Array(this.bytes.length * 2);
      b.set(this.bytes);
      this.bytes = b;
    }
    let h1 = this.h1;
    let h2 = this.h2;
    let f = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
      f = Math.imul(f ^ ch, 0x01000193);
    }
    // A separator, so that moving text from one series to the next changes the hash.
    this.h1 = Math.imul(h1 ^ 10, 2654435761);
    this.h2 = Math.imul(h2 ^ 10, 1597334677);
    this.bytes[this.count++] = (f ^ (f >>> 4) ^ (f >>> 12) ^ (f >>> 20) ^ (f >>> 28)) & 15;
    if (this.count % CHUNK === 0) this.flush();
  }

  finish(): DigestRecord {
    if (this.count % CHUNK !== 0) this.flush();
    const packed = new Uint8Array((this.count + 1) >> 1);
    for (let i = 0; i < this.count; i++) packed[i >> 1]! |= this.bytes[i]! << ((i & 1) * 4);
    return { count: this.count, chunks: this.chunks, series: toBase64(packed) };
  }

  private flush(): void {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
    this.chunks.push(hex(h1) + hex(h2));
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * First series whose hash differs from the golden one, or null when all agree. Within the
 * first differing chunk the per-series bits point at the series (1 in 16 they collide: then a
 * later series of the chunk, or its first).
 */
export function firstDifference(golden: DigestRecord, actual: DigestRecord): number | null {
  if (golden.count !== actual.count) return Math.min(golden.count, actual.count);
  const c = golden.chunks.findIndex((h, k) => h !== actual.chunks[k]);
  if (c < 0) return null;
  const g = fromBase64(golden.series);
  const a = fromBase64(actual.series);
  const nibble = (b: Uint8Array, i: number) => (b[i >> 1]! >> ((i & 1) * 4)) & 15;
  for (let i = c * CHUNK; i < Math.min((c + 1) * CHUNK, golden.count); i++)
    if (nibble(g, i) !== nibble(a, i)) return i;
  return c * CHUNK;
}

/** One series of a case: its measure and points (as `assessProgress` takes them). */
export interface CaseSeries {
  measure: Measure;
  points: readonly SeriesPoint[];
}

/** A set of series assessed with one options value, in columns and as point lists. */
export interface Case {
  name: string;
  measures: readonly Measure[];
  columns: SeriesColumns;
  series: (i: number) => CaseSeries;
  options: AssessColumnsOptions | undefined;
}

/**
 * Run the three entry points over cases, series after series. `assessColumns` and
 * `assessBatch` must render exactly as `assessProgress` (else `onDisagree` is told and the
 * digest is of `assessProgress`); the digest is of that rendering and the table's own row.
 */
export function digestCases(cases: readonly Case[], onDisagree: (c: Case, i: number) => void): DigestRecord {
  const d = new Digest();
  for (const c of cases) {
    const o = c.options;
    const { start, years, values } = c.columns;
    const t = assessBatch(c.measures, c.columns, o);
    for (let i = 0; i < t.size; i++) {
      const s = c.series(i);
      const m = s.measure;
      const p = renderAssessment(assessProgress({ measure: m, series: s.points, ...o }), m, o?.target);
      if (
        renderAssessment(assessColumns(m, years, values, start[i]!, start[i + 1]!, o), m, o?.target) !== p ||
        renderAssessment(t.get(i), m, o?.target) !== p
      )
        onDisagree(c, i);
      d.add(`${p}\n${renderTableRow(t, i)}`);
    }
  }
  return d.finish();
}

/** Case and series of the k-th series of a list of cases. */
export function locate(cases: readonly Case[], k: number): [Case, number] {
  let rest = k;
  for (const c of cases) {
    const n = c.columns.unitIds.length;
    if (rest < n) return [c, rest];
    rest -= n;
  }
  throw new Error(`series ${k} is beyond the cases`);
}

/** Render series i of a case by every entry point (to print a difference). */
export function renderCase(c: Case, i: number): Record<string, string> {
  const s = c.series(i);
  const o = c.options;
  const { start, years, values } = c.columns;
  const t = assessBatch(c.measures, c.columns, o);
  return {
    input: `${c.columns.unitIds[i]} ${s.measure.id} ${text(s.points)} options ${text(o)}`,
    progress: renderAssessment(
      assessProgress({ measure: s.measure, series: s.points, ...o }),
      s.measure,
      o?.target,
    ),
    columns: renderAssessment(
      assessColumns(s.measure, years, values, start[i]!, start[i + 1]!, o),
      s.measure,
      o?.target,
    ),
    batch: renderAssessment(t.get(i), s.measure, o?.target),
    table: renderTableRow(t, i),
  };
}

/** Random cases: `seeds` seeds × every option of the batch tests, `perCase` series each. */
export function randomCases(seeds: number, perCase: number): Case[] {
  const out: Case[] = [];
  const byId = new Map(randomMeasures.map((m) => [m.id, m]));
  for (let seed = 1; seed <= seeds; seed++) {
    randomOptions.forEach((options, k) => {
      const { columns, series } = randomColumns(rng(seed * 1000 + k), perCase);
      out.push({
        name: `random seed ${seed} options ${k}`,
        measures: randomMeasures,
        columns,
        series: (i) => ({ measure: byId.get(columns.measureIds[i]!)!, points: series[i]! }),
        options,
      });
    });
  }
  return out;
}

/**
 * The benchmark's whole country (bench/data.mjs): its 1,190 province series (aggregated
 * through the mergers) and 116,235 commune series, without options (the random cases try them).
 */
export function countryCases(): Case[] {
  const measures = makeMeasures();
  const registry = makeRegistry();
  const observations = makeObservations(measures);
  const provinces = registry.units.filter((u) => u.level === 'province' && !u.validTo).map((u) => u.id);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const agg = aggregateObservations({
    registry,
    measures,
    observations,
    targets: provinces,
    asOf: '2026-01-01',
  });
  const sets = [
    { name: 'provinces', columns: columnsFromCells(agg.cells), series: seriesFromCells(agg.cells) },
    { name: 'communes', columns: observationColumns(observations), series: groupObservations(observations) },
  ];
  for (const s of sets) {
    s.series.forEach((x, i) => {
      if (x.unitId !== s.columns.unitIds[i] || x.measureId !== s.columns.measureIds[i])
        throw new Error(`country ${s.name}: series ${i} is not the same in columns and as points`);
    });
  }
  return sets.map((s) => ({
    name: `country ${s.name}`,
    measures,
    columns: s.columns,
    series: (i: number) => ({ measure: byId.get(s.series[i]!.measureId)!, points: s.series[i]!.points }),
    options: undefined,
  }));
}

/** Samples worth reading: the first series of each status, reason and method in a case. */
export function samples(c: Case, limit = 24): Record<string, string> {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  const t = assessBatch(c.measures, c.columns, c.options);
  for (let i = 0; i < t.size && seen.size < limit; i++) {
    const key = `${t.status(i)} ${t.reason(i) ?? ''} ${t.method(i)} ${t.flags[i]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = c.series(i);
    out[i] = renderAssessment(
      assessProgress({ measure: s.measure, series: s.points, ...c.options }),
      s.measure,
      c.options?.target,
    );
  }
  return out;
}
