/**
 * `kehoach data import` at the size of the whole country: a generated CSV of every measure of
 * Decision 23 (35) × every unit of the bench registry (a province and 3,321 communes) × 10 years
 * = 1,162,700 rows, imported into a fresh SQLite file with the server's own `importObservations`
 * (parse, check every row against the plan, upsert in one transaction), then imported again
 * (every row unchanged). Same run, alternating: csv-parse alone over the same file, the floor
 * any import pays. Medians of RUNS runs; peak RSS shows memory stays bounded (the file is streamed).
 *
 *   node --import ../../scripts/ts-specifiers.mjs bench/observations-import.ts   (ROWS_YEARS=10 RUNS=3)
 */
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qd23 } from '@kehoach/plans';
import { catalogMeasures, TIDY_CSV_HEAD, tidyCsvLine } from '@kehoach/sdk';
import { parse } from 'csv-parse';
import { openDatabase } from '../src/db/connect.js';
import { importObservations } from '../src/observations/import.js';
import { csvFileRows } from '../src/observations/read.js';
import { storeBundles } from '../src/services/bundles.js';
import { BENCH_PLAN, benchBundle } from './fixture.js';

const YEARS = Number(process.env.ROWS_YEARS ?? 10);
const RUNS = Number(process.env.RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'kehoach-obs-bench-'));
const file = join(dir, 'country.csv');

// Every measure reported by the province's departments: the province and all its communes.
const bundle = benchBundle();
const measures = catalogMeasures(qd23);
bundle.plan.assignments![0]!.measureLinks = measures.map((m) => ({ measureId: m.id, basis: 'as_issued' }));

function generate(): number {
  let text = TIDY_CSV_HEAD;
  let rows = 0;
  const parts: string[] = [];
  for (const m of measures)
    for (const [u, unit] of bundle.registry.units.entries())
      for (let y = 2026 - YEARS + 1; y <= 2026; y++) {
        const i = rows++;
        if (m.unit.kind === 'count')
          text += tidyCsvLine([y, m.code, unit.id, 10 + (i % 900), null, null, 'Cục Thống kê', null]);
        else if (m.unit.kind === 'percent') {
          const d = 200 + (u % 800);
          const n = Math.floor(d * 0.4) + (i % 50);
          text += tidyCsvLine([
            y,
            m.code,
            unit.id,
            Math.round((n / d) * 10000) / 100,
            n,
            d,
            'Cục Thống kê',
            null,
          ]);
        } else text += tidyCsvLine([y, m.code, unit.id, 1 + (i % 90) / 10, null, null, 'Cục Thống kê', null]);
        if (text.length > 1 << 20) {
          parts.push(text);
          text = '';
        }
      }
  parts.push(text);
  writeFileSync(file, parts.join(''));
  return rows;
}

async function parseOnly(): Promise<number> {
  const t = performance.now();
  let n = 0;
  for await (const _ of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) n++;
  if (n === 0) throw new Error('nothing parsed');
  return performance.now() - t;
}

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100);

async function importRun(): Promise<{ first: number; again: number }> {
  const dbFile = join(dir, `bench-${Date.now()}.sqlite`);
  const db = await openDatabase({ url: `file:${dbFile}` });
  try {
    await storeBundles(db.kysely, { catalogs: [qd23], plans: [bundle] }, new Date().toISOString());
    const run = async (expectAdded: boolean) => {
      const t = performance.now();
      const r = await importObservations(db.kysely, BENCH_PLAN, csvFileRows(file, 'country.csv'), {
        file: 'country.csv',
        now: new Date(),
      });
      const ms = performance.now() - t;
      if ((expectAdded ? r.added : r.unchanged) !== rows)
        throw new Error(`unexpected result ${JSON.stringify(r)}`);
      return ms;
    };
    return { first: await run(true), again: await run(false) };
  } finally {
    await db.close();
    rmSync(dbFile, { force: true });
    rmSync(`${dbFile}-wal`, { force: true });
    rmSync(`${dbFile}-shm`, { force: true });
  }
}

const rows = generate();
const mb = statSync(file).size / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const parses: number[] = [];
const firsts: number[] = [];
const agains: number[] = [];
for (let i = 0; i < RUNS; i++) {
  parses.push(await parseOnly());
  const r = await importRun();
  firsts.push(r.first);
  agains.push(r.again);
  console.error(
    `run ${i + 1}: parse ${parses.at(-1)!.toFixed(0)} ms, import ${r.first.toFixed(0)} ms, again ${r.again.toFixed(0)} ms`,
  );
}
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });
const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;
console.log(
  `observations import, ${rows.toLocaleString('en-US')} rows (${mb.toFixed(0)} MB CSV), SQLite file, ${RUNS} runs, medians:`,
);
console.log(`  csv-parse alone:        ${(median(parses) / 1000).toFixed(1)} s (${rate(median(parses))})`);
console.log(
  `  first import (added):   ${(median(firsts) / 1000).toFixed(1)} s (${rate(median(firsts))}), ${(median(firsts) / median(parses)).toFixed(1)}× parse`,
);
console.log(
  `  same file again:        ${(median(agains) / 1000).toFixed(1)} s (${rate(median(agains))}), ${(median(agains) / median(parses)).toFixed(1)}× parse`,
);
console.log(`  peak RSS:               ${(peak / 1024 / 1024).toFixed(0)} MB`);
